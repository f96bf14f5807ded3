// Times Meta's C++ PDQ reference on one decoded image, for PdqAlternating (bench/src/.../PdqAlternating.java):
// the side-by-side comparison of Custos with the reference on the same machine, in alternating processes.
// It does what the reference's pdqHash256FromFile does after decoding, without the 512x512 pre-resize (the
// full-resolution algorithm Custos implements): luminance from RGB, then pdqHash256FromFloatLuma. The two
// full-size float buffers are allocated once, not per hash as upstream does, which favours the reference.
// Usage: driver RGB-FILE WIDTH HEIGHT WARM ROUNDS REPS; prints "RESULT median-ms best-ms hex quality", where
// the times are CPU milliseconds of this thread per hash over each round of REPS hashes.
#include <pdq/cpp/downscaling/downscaling.h>
#include <pdq/cpp/hashing/pdqhashing.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <vector>

using facebook::pdq::hashing::Hash256;

namespace {

struct Image {
  std::vector<uint8_t> rgb;
  int width;
  int height;
};

double threadCpuMillis() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

class Hasher {
 public:
  explicit Hasher(Image& image)
      : image_(image),
        luma_(size_t(image.width) * image.height),
        scratch_(luma_.size()) {}

  int hash(Hash256& out) {
    uint8_t* p = image_.rgb.data();
    facebook::pdq::downscaling::fillFloatLumaFromRGB(p, p + 1, p + 2, image_.height, image_.width,
                                                     3 * image_.width, 3, luma_.data());
    int quality = 0;
    facebook::pdq::hashing::pdqHash256FromFloatLuma(
        luma_.data(), scratch_.data(), image_.height, image_.width, grid_, middle_, dct_, out,
        quality);
    return quality;
  }

 private:
  Image& image_;
  std::vector<float> luma_;
  std::vector<float> scratch_;
  float grid_[64][64];
  float middle_[16][64];
  float dct_[16][16];
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 7) {
    std::fprintf(stderr, "usage: %s RGB-FILE WIDTH HEIGHT WARM ROUNDS REPS\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  Image image{std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {}), std::atoi(argv[2]),
              std::atoi(argv[3])};
  if (image.width < 1 || image.height < 1 || image.rgb.size() != size_t(image.width) * image.height * 3) {
    std::fprintf(stderr, "%s: %zu bytes, not %s x %s RGB pixels\n", argv[1], image.rgb.size(), argv[2],
                 argv[3]);
    return 2;
  }
  int warm = std::atoi(argv[4]), rounds = std::atoi(argv[5]), reps = std::atoi(argv[6]);
  if (warm < 0 || rounds < 1 || reps < 1) {
    std::fprintf(stderr, "WARM must be 0 or more, ROUNDS and REPS 1 or more: %s %s %s\n", argv[4], argv[5],
                 argv[6]);
    return 2;
  }
  Hasher hasher(image);
  Hash256 hash;
  int quality = 0;
  for (int i = 0; i < warm; i++) {
    quality = hasher.hash(hash);
  }
  std::vector<double> millis;
  for (int r = 0; r < rounds; r++) {
    double start = threadCpuMillis();
    for (int i = 0; i < reps; i++) {
      quality = hasher.hash(hash);
    }
    millis.push_back((threadCpuMillis() - start) / reps);
  }
  std::sort(millis.begin(), millis.end());
  std::printf("RESULT %.4f %.4f %s %d\n", millis[millis.size() / 2], millis[0], hash.format().c_str(),
              quality);
  return 0;
}
