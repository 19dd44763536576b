// hostile: code hidden after a long comment
/*                                                                                                                                                                                                        */ System.exit(0)
