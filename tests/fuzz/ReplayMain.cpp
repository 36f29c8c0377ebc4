// The normal build's main for a fuzz target: feeds every file of the given
// files and folders (recursively, in name order) to LLVMFuzzerTestOneInput
// once, so that the seed corpus and every crash a fuzzer ever found run as
// a plain ctest with any compiler. A crash or a broken invariant aborts, as
// under libFuzzer; the file being read is printed first to say which.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional, as for libFuzzer: null when the target does not define it.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

namespace fs = std::filesystem;

namespace {

// Dot files (.gitkeep) only keep empty folders in git; they are no input.
bool isInput(const fs::path &path) {
    const std::string name = path.filename().string();
    return !name.empty() && name.front() != '.';
}

} // namespace

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
        return 2;
    }
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);

    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const fs::path arg(argv[i]);
        std::error_code ec;
        if (fs::is_directory(arg, ec)) {
            for (const auto &entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file() && isInput(entry.path()))
                    files.push_back(entry.path());
        } else if (fs::is_regular_file(arg, ec)) {
            files.push_back(arg);
        } else {
            // A corpus that moved must fail the test, not pass it empty.
            std::fprintf(stderr, "%s: no such file or folder\n", argv[i]);
            return 1;
        }
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "no input in the given folders\n");
        return 1;
    }

    for (const fs::path &path : files) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "%s: cannot be read\n", path.c_str());
            return 1;
        }
        const std::vector<char> data((std::istreambuf_iterator<char>(in)),
                                     std::istreambuf_iterator<char>());
        std::fprintf(stderr, "replaying %s (%zu bytes)\n", path.c_str(), data.size());
        // A copy of exactly the file's size, so that an over-read is caught
        // by the sanitizers when they are on, as under libFuzzer.
        std::vector<uint8_t> input(data.begin(), data.end());
        LLVMFuzzerTestOneInput(input.data(), input.size());
    }
    std::printf("%zu inputs replayed without a crash\n", files.size());
    return 0;
}
