package org.custos.hash;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorSpecies;

/*
 * A 16x16 float transpose in registers, for LaneRows' tiles on CPUs with 16 float lanes (AVX-512): the matrix is
 * sixteen vectors, and the transpose swaps the four bits of the vector index with the four bits of the lane index.
 * Stage b (8, 4, 2, 1) swaps bit b of both: for vectors i and j = i + b (bit b of i clear), lanes with bit b clear
 * keep i's value and take j's lane l - b; lanes with bit b set take i's lane l + b and keep j's. Each new vector is
 * one two-source permute (selectFrom), so the whole transpose is 64 permutes, against 16 gathers or scatters of
 * 16 lanes each. It moves values only, so exactness is untouched. Both sides are contiguous 16x16 blocks (Tiles
 * lays the rows out so): with the literal stride 16 the JIT merges the range checks of the 32 loads and stores, which
 * with variable strides cost one check each and their address arithmetic. The method is too large to inline (and
 * forcing it in made the hash 20 % slower from register pressure), so the strides must be literals in it.
 */
final class Transpose16 {
    static final VectorSpecies<Float> F = FloatVector.SPECIES_512;
    private static final IntVector LO8 = low(8), HI8 = high(8), LO4 = low(4), HI4 = high(4);
    private static final IntVector LO2 = low(2), HI2 = high(2), LO1 = low(1), HI1 = high(1);

    private Transpose16() {
    }

    /** b[bBase + k·16 + l] = a[aBase + l·16 + k] for k, l in 0..15. */
    static void transpose(float[] a, int aBase, float[] b, int bBase) {
        IntVector r0 = row(a, aBase, 0), r1 = row(a, aBase, 1), r2 = row(a, aBase, 2), r3 = row(a, aBase, 3);
        IntVector r4 = row(a, aBase, 4), r5 = row(a, aBase, 5), r6 = row(a, aBase, 6), r7 = row(a, aBase, 7);
        IntVector r8 = row(a, aBase, 8), r9 = row(a, aBase, 9), r10 = row(a, aBase, 10), r11 = row(a, aBase, 11);
        IntVector r12 = row(a, aBase, 12), r13 = row(a, aBase, 13), r14 = row(a, aBase, 14), r15 = row(a, aBase, 15);
        IntVector s0 = LO8.selectFrom(r0, r8), s8 = HI8.selectFrom(r0, r8);
        IntVector s1 = LO8.selectFrom(r1, r9), s9 = HI8.selectFrom(r1, r9);
        IntVector s2 = LO8.selectFrom(r2, r10), s10 = HI8.selectFrom(r2, r10);
        IntVector s3 = LO8.selectFrom(r3, r11), s11 = HI8.selectFrom(r3, r11);
        IntVector s4 = LO8.selectFrom(r4, r12), s12 = HI8.selectFrom(r4, r12);
        IntVector s5 = LO8.selectFrom(r5, r13), s13 = HI8.selectFrom(r5, r13);
        IntVector s6 = LO8.selectFrom(r6, r14), s14 = HI8.selectFrom(r6, r14);
        IntVector s7 = LO8.selectFrom(r7, r15), s15 = HI8.selectFrom(r7, r15);
        IntVector t0 = LO4.selectFrom(s0, s4), t4 = HI4.selectFrom(s0, s4);
        IntVector t1 = LO4.selectFrom(s1, s5), t5 = HI4.selectFrom(s1, s5);
        IntVector t2 = LO4.selectFrom(s2, s6), t6 = HI4.selectFrom(s2, s6);
        IntVector t3 = LO4.selectFrom(s3, s7), t7 = HI4.selectFrom(s3, s7);
        IntVector t8 = LO4.selectFrom(s8, s12), t12 = HI4.selectFrom(s8, s12);
        IntVector t9 = LO4.selectFrom(s9, s13), t13 = HI4.selectFrom(s9, s13);
        IntVector t10 = LO4.selectFrom(s10, s14), t14 = HI4.selectFrom(s10, s14);
        IntVector t11 = LO4.selectFrom(s11, s15), t15 = HI4.selectFrom(s11, s15);
        IntVector u0 = LO2.selectFrom(t0, t2), u2 = HI2.selectFrom(t0, t2);
        IntVector u1 = LO2.selectFrom(t1, t3), u3 = HI2.selectFrom(t1, t3);
        IntVector u4 = LO2.selectFrom(t4, t6), u6 = HI2.selectFrom(t4, t6);
        IntVector u5 = LO2.selectFrom(t5, t7), u7 = HI2.selectFrom(t5, t7);
        IntVector u8 = LO2.selectFrom(t8, t10), u10 = HI2.selectFrom(t8, t10);
        IntVector u9 = LO2.selectFrom(t9, t11), u11 = HI2.selectFrom(t9, t11);
        IntVector u12 = LO2.selectFrom(t12, t14), u14 = HI2.selectFrom(t12, t14);
        IntVector u13 = LO2.selectFrom(t13, t15), u15 = HI2.selectFrom(t13, t15);
        LO1.selectFrom(u0, u1).reinterpretAsFloats().intoArray(b, bBase);
        HI1.selectFrom(u0, u1).reinterpretAsFloats().intoArray(b, bBase + 16);
        LO1.selectFrom(u2, u3).reinterpretAsFloats().intoArray(b, bBase + 2 * 16);
        HI1.selectFrom(u2, u3).reinterpretAsFloats().intoArray(b, bBase + 3 * 16);
        LO1.selectFrom(u4, u5).reinterpretAsFloats().intoArray(b, bBase + 4 * 16);
        HI1.selectFrom(u4, u5).reinterpretAsFloats().intoArray(b, bBase + 5 * 16);
        LO1.selectFrom(u6, u7).reinterpretAsFloats().intoArray(b, bBase + 6 * 16);
        HI1.selectFrom(u6, u7).reinterpretAsFloats().intoArray(b, bBase + 7 * 16);
        LO1.selectFrom(u8, u9).reinterpretAsFloats().intoArray(b, bBase + 8 * 16);
        HI1.selectFrom(u8, u9).reinterpretAsFloats().intoArray(b, bBase + 9 * 16);
        LO1.selectFrom(u10, u11).reinterpretAsFloats().intoArray(b, bBase + 10 * 16);
        HI1.selectFrom(u10, u11).reinterpretAsFloats().intoArray(b, bBase + 11 * 16);
        LO1.selectFrom(u12, u13).reinterpretAsFloats().intoArray(b, bBase + 12 * 16);
        HI1.selectFrom(u12, u13).reinterpretAsFloats().intoArray(b, bBase + 13 * 16);
        LO1.selectFrom(u14, u15).reinterpretAsFloats().intoArray(b, bBase + 14 * 16);
        HI1.selectFrom(u14, u15).reinterpretAsFloats().intoArray(b, bBase + 15 * 16);
    }

    private static IntVector row(float[] a, int base, int k) {
        return FloatVector.fromArray(F, a, base + k * 16).reinterpretAsInts();
    }

    /** Lane l: from the first source's lane l if bit b of l is clear, else the second's lane l - b. */
    private static IntVector low(int b) {
        int[] index = new int[16];
        for (int l = 0; l < 16; l++) {
            index[l] = (l & b) == 0 ? l : 16 + l - b;
        }
        return IntVector.fromArray(IntVector.SPECIES_512, index, 0);
    }

    /** Lane l: from the first source's lane l + b if bit b of l is clear, else the second's lane l. */
    private static IntVector high(int b) {
        int[] index = new int[16];
        for (int l = 0; l < 16; l++) {
            index[l] = (l & b) == 0 ? l + b : 16 + l;
        }
        return IntVector.fromArray(IntVector.SPECIES_512, index, 0);
    }
}
