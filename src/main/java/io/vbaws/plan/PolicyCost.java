package io.vbaws.plan;

import java.math.BigDecimal;

/** A policy's estimated monthly cost before and after the plan; null where the appliance could not say. */
public record PolicyCost(BigDecimal before, BigDecimal after) {
}
