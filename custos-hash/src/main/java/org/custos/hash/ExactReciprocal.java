package org.custos.hash;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
import org.custos.Preconditions;

/*
 * x / c in float32 for every lane, without a division: q0 = x·y with y = RN(1/c), the residual e = x - c·q0 by one
 * fused multiply-add, then q = q0 + e·y by another (Markstein's correction; Muller et al., Handbook of
 * Floating-Point Arithmetic, 2nd ed., §4.7). A vector division has a throughput of about one per ten cycles and
 * sat in the row pass's loop; a multiply and two multiply-adds pipeline instead.
 *
 * Why it is exactly IEEE x / c, for an integer 1 <= c <= 2^22 and a quotient q = x / c of magnitude in
 * [2^E, 2^(E+1)) with E >= -125 (or x = 0). |c·y - 1| < 2^-24, so |x·y - q| < 2^(E-23), and rounding adds at most
 * 2^(E-23): |q0 - q| < 2^(E-22). x is a multiple of 2^(E-23) (|x| >= |q|) and c·q0 of 2^(E-24) (q0 >= 2^(E-1)), so
 * e = c·(q - q0) is a multiple of 2^(E-24) below 4c·2^(E-24) <= 2^24·2^(E-24) in magnitude: a float, computed
 * exactly. Then q0 + e·y = q + (q - q0)·(c·y - 1), off q by less than 2^(E-22)·2^-24 = 2^(E-46), and the second
 * multiply-add rounds that once. No rounding boundary lies that close to q: a boundary is a midpoint
 * m = (2k+1)·2^(E-24) of two floats, x - c·m is a multiple of 2^(E-24) and not zero (c·m's odd part has 25 bits
 * or more, x's at most 24), so |q - m| >= 2^(E-24) / c >= 2^(E-46). Hence q rounds like x / c. Zero gives zero.
 * The box filter's quotients are 0 or above 2^-60 (see Division), far inside that range.
 */
final class ExactReciprocal {
    private final FloatVector reciprocal;
    private final FloatVector negated;

    ExactReciprocal(VectorSpecies<Float> species, int divisor) {
        Preconditions.checkRange(divisor, 1, 1 << 22, "divisor");
        this.reciprocal = FloatVector.broadcast(species, 1f / divisor);
        this.negated = FloatVector.broadcast(species, -(float) divisor);
    }

    /** Every lane of {@code x} divided by the divisor, as IEEE float division would. */
    FloatVector divide(FloatVector x) {
        FloatVector q0 = x.mul(reciprocal);
        FloatVector residual = q0.fma(negated, x);
        return residual.fma(reciprocal, q0);
    }
}
