/**
 * Department budgets and final accounts (部门预算 · 决算) as data (issue 21, ADR 0025). This first step reads and
 * checks the XLSX table set ({@link org.gongkai.budget.BudgetWorkbook}); storage, pages, charts and the 20-day
 * publication clock are not built yet.
 */
package org.gongkai.budget;
