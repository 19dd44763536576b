package io.vbaws.api.model;

import java.util.List;

/**
 * The AWS region codes vbaws knows without asking an appliance: commercial, GovCloud and China.
 * Offline this is the best guess at whether a script names a real region; an appliance's own list
 * of regions wins online, so a region AWS opens after this list was written never blocks anyone.
 */
public final class AwsRegionCodes {
    private AwsRegionCodes() {
    }

    /** Every known code, grouped by area. */
    public static final List<String> KNOWN = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "ca-west-1", "mx-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1",
            "eu-south-2",
            "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
            "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ap-east-1", "ap-east-2",
            "me-south-1", "me-central-1", "il-central-1", "af-south-1",
            "us-gov-east-1", "us-gov-west-1", "cn-north-1", "cn-northwest-1");

    /** Whether {@code code} is a region code this list knows. */
    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }
}
