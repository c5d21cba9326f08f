package org.foci.experiments.guard;

/**
 * A plug-in broke its contract: the run stops with one message naming the plug-in (its name and
 * class), where in the run it happened and the rule it broke, instead of failing deep inside the
 * environment or, worse, producing a silently wrong table.
 */
public final class PluginFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param plugin who: e.g. {@code the shaping allocator 'worst-first' (org.example.WorstFirstAllocator)}
     * @param where  when: e.g. {@code training episode 3, step 17}
     * @param rule   what: the violation and the rule, naming the values
     * @param cause  the plug-in's own exception, if it threw; else null
     */
    public PluginFault(String plugin, String where, String rule, Throwable cause) {
        super(plugin + " broke its contract at " + where + ": " + rule, cause);
    }
}
