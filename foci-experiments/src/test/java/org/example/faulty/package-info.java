/**
 * Plug-ins that break their contracts on purpose, found by ServiceLoader like a researcher's jar
 * (src/test/resources/META-INF/services): the fault-injection suite (docs/reliability.md) uses them to
 * check that the framework stops with a message naming the plug-in, the step and the rule.
 */
package org.example.faulty;
