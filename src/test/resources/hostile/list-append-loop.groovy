// hostile: list growth
def l = []
while (true) { l << 1 }
