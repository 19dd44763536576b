package io.vbaws.api.model;

/**
 * The enumeration values vbaws relies on, in one place. Values marked "assumed" are not shown by
 * the 1.8 reference; if a real appliance answers differently, this is the one line to change. The
 * records keep these fields as strings, so an unknown value passes through instead of failing.
 */
public final class ApiValues {
    private ApiValues() {
    }

    /** The API version every request announces in {@code x-api-version}. */
    public static final String API_VERSION = "1.8-rev0";

    /**
     * What the appliance fills in when a create or modify body leaves a setting out (assumed: the
     * reference does not say). The simulated appliance applies these; plans show them as defaults.
     */
    public static final class PolicyDefaults {
        /** retrySettings.retryTimes of a body without retrySettings. */
        public static final int RETRY_TIMES = 3;
        private PolicyDefaults() {
        }
    }

    /** PolicySelectionTypes. */
    public static final class BackupType {
        public static final String ALL_ITEMS = "AllItems";
        public static final String SELECTED_ITEMS = "SelectedItems";
        private BackupType() {
        }
    }

    /** identity.type of a policy. */
    public static final class IdentityType {
        public static final String ACCOUNT = "Account";
        public static final String ORGANIZATION = "Organization";
        private IdentityType() {
        }
    }

    /** regionType of accounts and identities. */
    public static final class RegionType {
        public static final String GLOBAL = "Global";
        public static final String GOVERNMENT = "Government";
        public static final String CHINA = "China";
        private RegionType() {
        }
    }

    /** SLA report status (MissedSla and NotCalculated assumed). */
    public static final class SlaStatus {
        public static final String MET = "MetSla";
        public static final String MISSED = "MissedSla";
        public static final String NOT_CALCULATED = "NotCalculated";
        private SlaStatus() {
        }
    }

    /** The status filter and row status of slaResults and slaInstances (all but All assumed). */
    public static final class SlaFilterStatus {
        public static final String ALL = "All";
        public static final String MET = "MetSla";
        public static final String MISSED = "MissedSla";
        public static final String REMOVED = "Removed";
        private SlaFilterStatus() {
        }
    }

    /** backupType filter of the SLA endpoints (assumed): which kind of restore point. */
    public static final class SlaBackupType {
        public static final String SNAPSHOT = "Snapshot";
        public static final String REPLICA = "Replica";
        public static final String BACKUP = "Backup";
        public static final String ARCHIVE = "Archive";
        private SlaBackupType() {
        }
    }

    /** scheduleType filter of the SLA endpoints (assumed): which schedule a period belongs to. */
    public static final class ScheduleType {
        public static final String DAILY = "Daily";
        public static final String WEEKLY = "Weekly";
        public static final String MONTHLY = "Monthly";
        private ScheduleType() {
        }
    }

    /** Status of an SLA session (Success shown; the rest assumed). */
    public static final class SessionStatus {
        public static final String SUCCESS = "Success";
        public static final String WARNING = "Warning";
        public static final String FAILED = "Failed";
        public static final String RUNNING = "Running";
        private SessionStatus() {
        }
    }

    /** Status of a session log line (None shown; the rest from the 1.0 LogItem). */
    public static final class LogStatus {
        public static final String NONE = "None";
        public static final String SUCCESS = "Success";
        public static final String WARNING = "Warning";
        public static final String ERROR = "Error";
        public static final String RUNNING = "Running";
        private LogStatus() {
        }
    }

    /** type of an excluded or deleted item, and of an excluded volume. */
    public static final class ItemType {
        public static final String VIRTUAL_MACHINE = "VirtualMachine";
        public static final String VOLUME = "Volume";
        private ItemType() {
        }
    }

    /** errorCode of the error body. */
    public static final class ErrorCode {
        public static final String ACCESS_DENIED = "AccessDenied";
        public static final String EXPIRED_TOKEN = "ExpiredToken";
        public static final String INVALID_TOKEN = "InvalidToken";
        public static final String INVALID_URI = "InvalidURI";
        public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
        public static final String NOT_FOUND = "NotFound";
        public static final String NOT_IMPLEMENTED = "NotImplemented";
        public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
        public static final String UNEXPECTED_CONTENT = "UnexpectedContent";
        public static final String UNKNOWN_ERROR = "UnknownError";
        private ErrorCode() {
        }
    }
}
