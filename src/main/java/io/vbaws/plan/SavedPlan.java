package io.vbaws.plan;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Objects;

/**
 * A plan kept for a later {@code apply FILE}: the plan itself (bodies, IDs, usns and the usn of every
 * live policy read), which appliance it was made against, a digest of the scripts it came from, and
 * when it was made. User information in the URL is dropped, so a saved plan never holds a password.
 */
public record SavedPlan(String applianceUrl, String scriptsDigest, Instant createdAt, Plan plan) {

    public SavedPlan {
        Objects.requireNonNull(applianceUrl, "applianceUrl");
        Objects.requireNonNull(scriptsDigest, "scriptsDigest");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(plan, "plan");
        applianceUrl = withoutUserInfo(applianceUrl);
    }

    private static String withoutUserInfo(String url) {
        try {
            URI uri = new URI(url);
            if (uri.getRawUserInfo() == null) {
                return url;
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment()).toString();
        } catch (URISyntaxException e) {
            // Not a URL we can take apart: keep nothing that could be a credential before an '@'.
            int at = url.lastIndexOf('@');
            return at < 0 ? url : url.substring(at + 1);
        }
    }
}
