package io.vbaws.sim;

/** A built-in user of the appliance. Its password never appears in {@link #toString()}. */
record UserAccount(String name, String password, String roleName, boolean readOnly, boolean mfa) {

    @Override
    public String toString() {
        return "UserAccount[name=" + name + ", roleName=" + roleName + ", readOnly=" + readOnly + ", mfa=" + mfa
                + ", password=<redacted>]";
    }
}
