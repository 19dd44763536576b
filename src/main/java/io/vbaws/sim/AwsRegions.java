package io.vbaws.sim;

import java.util.List;

/** The AWS commercial regions the sim knows, with the time zone their schedules run in. */
final class AwsRegions {
    private AwsRegions() {
    }

    /** One region: its code, the IANA zone of its schedules, and whether an account must opt in. */
    record Info(String code, String zone, boolean optIn) {
    }

    /** Every commercial region, in a stable order (the order of the regions collection). */
    static final List<Info> ALL = List.of(
            new Info("us-east-1", "America/New_York", false),
            new Info("us-east-2", "America/New_York", false),
            new Info("us-west-1", "America/Los_Angeles", false),
            new Info("us-west-2", "America/Los_Angeles", false),
            new Info("ca-central-1", "America/Toronto", false),
            new Info("ca-west-1", "America/Edmonton", true),
            new Info("mx-central-1", "America/Mexico_City", true),
            new Info("sa-east-1", "America/Sao_Paulo", false),
            new Info("eu-west-1", "Europe/Dublin", false),
            new Info("eu-west-2", "Europe/London", false),
            new Info("eu-west-3", "Europe/Paris", false),
            new Info("eu-central-1", "Europe/Berlin", false),
            new Info("eu-central-2", "Europe/Zurich", true),
            new Info("eu-north-1", "Europe/Stockholm", false),
            new Info("eu-south-1", "Europe/Rome", true),
            new Info("eu-south-2", "Europe/Madrid", true),
            new Info("ap-south-1", "Asia/Kolkata", false),
            new Info("ap-south-2", "Asia/Kolkata", true),
            new Info("ap-southeast-1", "Asia/Singapore", false),
            new Info("ap-southeast-2", "Australia/Sydney", false),
            new Info("ap-southeast-3", "Asia/Jakarta", true),
            new Info("ap-southeast-4", "Australia/Melbourne", true),
            new Info("ap-southeast-5", "Asia/Kuala_Lumpur", true),
            new Info("ap-northeast-1", "Asia/Tokyo", false),
            new Info("ap-northeast-2", "Asia/Seoul", false),
            new Info("ap-northeast-3", "Asia/Tokyo", false),
            new Info("ap-east-1", "Asia/Hong_Kong", true),
            new Info("me-south-1", "Asia/Bahrain", true),
            new Info("me-central-1", "Asia/Dubai", true),
            new Info("il-central-1", "Asia/Jerusalem", true),
            new Info("af-south-1", "Africa/Johannesburg", true));

    /** Where the small estate's instances live. */
    static final List<String> SMALL_ESTATE_REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "eu-central-1");
}
