package org.custos.video.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which video each frame id belongs to, each video's frame count, and which videos were removed. */
final class VideoPostings<K> {
    private final List<K> videos = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final Map<K, Integer> ordinals = new HashMap<>();
    private final BitSet removed = new BitSet();
    private int[] frameVideo = new int[256];

    int addVideo(K video, int frames) {
        int ordinal = videos.size();
        videos.add(video);
        sizes.add(frames);
        ordinals.put(video, ordinal);
        return ordinal;
    }

    void post(int frameId, int ordinal) {
        if (frameId >= frameVideo.length) {
            frameVideo = Arrays.copyOf(frameVideo, Math.max(frameId + 1, frameVideo.length * 2));
        }
        frameVideo[frameId] = ordinal;
    }

    boolean remove(K video) {
        Integer ordinal = ordinals.remove(video);
        if (ordinal != null) {
            removed.set(ordinal);
        }
        return ordinal != null;
    }

    /** The live video of a frame, or -1 where its video was removed. */
    int videoOf(int frameId) {
        int ordinal = frameVideo[frameId];
        return removed.get(ordinal) ? -1 : ordinal;
    }

    K video(int ordinal) {
        return videos.get(ordinal);
    }

    int size(int ordinal) {
        return sizes.get(ordinal);
    }

    int liveVideos() {
        return ordinals.size();
    }
}
