package org.gongkai.budget;

/** 部门预算 or 部门决算: shown side by side for a year, never added together. */
public enum BudgetKind {
    BUDGET, FINAL;

    public String labelKey() {
        return "budget.kind." + name();
    }

    /** The lower-case path segment of downloads ({@code budget}, {@code final}). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static BudgetKind ofSlug(String s) {
        for (BudgetKind k : values()) {
            if (k.slug().equals(s)) {
                return k;
            }
        }
        return null;
    }
}
