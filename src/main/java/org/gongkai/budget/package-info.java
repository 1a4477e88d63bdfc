/**
 * Department budgets and final accounts (部门预算 · 决算) as data (issue 21, ADR 0025, ADR 0032): the XLSX table set
 * read and checked by place ({@link org.gongkai.budget.BudgetWorkbook}), uploaded as a draft and published with the
 * confidentiality-review statement ({@link org.gongkai.budget.BudgetPublications}), the twenty-day clock
 * ({@link org.gongkai.budget.PublicationClock}), and the public year page with its charts and downloads.
 */
package org.gongkai.budget;
