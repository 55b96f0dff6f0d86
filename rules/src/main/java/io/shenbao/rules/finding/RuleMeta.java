package io.shenbao.rules.finding;

/**
 * What a report says of one rule it ran: its metadata, as the rule declares it. Its title and
 * description are in the message bundle under its ID.
 *
 * @param id the permanent ID, such as {@code METRIC-TOTAL}
 * @param name the rule's short name (its class's, such as {@code MetricTotal})
 * @param severity its default severity (a rule set may change it)
 * @param clause the clause of the notice it enforces
 */
public record RuleMeta(String id, String name, Severity severity, String clause) {}
