package io.vbaws.api;

import java.util.List;

/** One page as the walker sees it: its items and the total the appliance claims, if it says. */
record PageSlice<T>(List<T> results, Integer totalCount) {
}
