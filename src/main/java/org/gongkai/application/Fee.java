package org.gongkai.application;

import java.time.LocalDate;

/** A fee notice: method, the quantity it was computed from, the amount in yuan, the payment period. */
record Fee(FeeMethod method, int quantity, int amount, LocalDate dueOn, LocalDate paidOn) {
}
