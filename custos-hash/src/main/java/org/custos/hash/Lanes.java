package org.custos.hash;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/** The Vector API loops of ColumnSums; each returns how many leading columns it did (whole vectors only). */
final class Lanes {
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private Lanes() {
    }

    static int add(float[] s, float[] in, int from, int n) {
        int end = F.loopBound(n);
        for (int x = 0; x < end; x += F.length()) {
            FloatVector.fromArray(F, s, x).add(FloatVector.fromArray(F, in, from + x)).intoArray(s, x);
        }
        return end;
    }

    static int addSubtract(float[] s, float[] in, int entering, int leaving, int n) {
        int end = F.loopBound(n);
        for (int x = 0; x < end; x += F.length()) {
            FloatVector.fromArray(F, s, x).add(FloatVector.fromArray(F, in, entering + x))
                    .sub(FloatVector.fromArray(F, in, leaving + x)).intoArray(s, x);
        }
        return end;
    }

    static int subtract(float[] s, float[] in, int from, int n) {
        int end = F.loopBound(n);
        for (int x = 0; x < end; x += F.length()) {
            FloatVector.fromArray(F, s, x).sub(FloatVector.fromArray(F, in, from + x)).intoArray(s, x);
        }
        return end;
    }
}
