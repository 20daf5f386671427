/**
 * The static rules of the contract (RULES.md), one small class each behind {@link
 * dev.lockstep.analysis.rules.StaticRule}, listed in the compile-checked {@link
 * dev.lockstep.analysis.rules.StaticRules} registry. A rule matches observations and reports; it
 * never walks the program itself.
 */
package dev.lockstep.analysis.rules;
