package io.vbaws.query;

import io.vbaws.api.model.ApiValues;
import io.vbaws.api.model.ExcludedItem;
import io.vbaws.api.model.Link;
import io.vbaws.api.model.ProtectedResource;

/** What kind of resource a protected or excluded item is, read from which of its links is set. */
final class ResourceKinds {
    private ResourceKinds() {
    }

    static String of(ProtectedResource r) {
        if (r.virtualMachine() != null) {
            return ApiValues.ItemType.VIRTUAL_MACHINE;
        }
        if (r.rds() != null) {
            return "Rds";
        }
        if (r.efs() != null) {
            return "Efs";
        }
        if (r.dynamoDb() != null) {
            return "DynamoDb";
        }
        return r.deletedItem() == null ? null : r.deletedItem().type();
    }

    static String of(ExcludedItem e) {
        if (e.tag() != null) {
            return "Tag";
        }
        if (e.virtualMachine() != null) {
            return ApiValues.ItemType.VIRTUAL_MACHINE;
        }
        if (e.rds() != null) {
            return "Rds";
        }
        if (e.efs() != null) {
            return "Efs";
        }
        if (e.dynamoDb() != null) {
            return "DynamoDb";
        }
        if (e.fsx() != null) {
            return "Fsx";
        }
        if (e.redshift() != null || e.redshiftServerless() != null) {
            return "Redshift";
        }
        return e.deletedItem() == null ? null : e.deletedItem().type();
    }

    /** The ID an excluded item's link ends in, or null. */
    static String linkedId(ExcludedItem e) {
        for (Link l : new Link[] {e.tag(), e.virtualMachine(), e.rds(), e.efs(), e.dynamoDb(), e.fsx(), e.redshift(),
            e.redshiftServerless()}) {
            if (l != null) {
                return lastSegment(l.href());
            }
        }
        return null;
    }

    private static String lastSegment(String href) {
        if (href == null) {
            return null;
        }
        String h = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
        return h.substring(h.lastIndexOf('/') + 1);
    }
}
