/**
 * Execution, management and service openness (执行公开 · 管理公开 · 服务公开, issue #20). So far: 双随机、一公开 — random
 * inspection draws that anyone can re-check (ADR 0028). An inspection plan holds its matters, a register of entities
 * and a register of inspectors; a publisher publishes the registers, which records the SHA-256 of their public CSV
 * and names the public value that will seed the draw before that value is known; the draw ({@link
 * org.gongkai.services.DrawAlgorithm}) is then made once and can be reproduced with {@code tools/VerifyDraw.java}.
 * The public side reads only the {@code svc_public_plan} view and published results. Since ADR 0045 the registers'
 * hashes are also a COMMITMENT leaf of the transparency log ({@link org.gongkai.services.RegisterCommitment}).
 * <p>
 * 管理公开 · 服务公开 (ADR 0045): lists of powers and approval items ({@code Power*}, editions with a public change
 * history), the service catalog ({@code Guide*}, {@code ServiceGuide}: guides in editions, materials' files in the
 * FileStore, {@code GuideCompleteness}, a public rating), and emergency information ({@code Emergency*},
 * {@code Warning*}, exported as CAP 1.2 by {@code CapMessage}).
 */
package org.gongkai.services;
