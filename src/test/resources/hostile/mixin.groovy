// hostile: mixin
this.mixin(String)
