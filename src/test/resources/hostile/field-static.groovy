// hostile: @Field static
@Field static x = System.getenv()
