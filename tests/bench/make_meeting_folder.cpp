// Writes a meeting folder for benchmarks and manual tests:
//   plenary-make-meeting-folder DIR COUNT [--min BYTES] [--max BYTES] [--manifest] [--flat] [--seed
//   N]
// Sizes are log-uniform between --min (default 50 KB) and --max (default 5 MB).
#include "TestServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("Where to write the folder."));
    p.addPositionalArgument(QStringLiteral("count"), QStringLiteral("Number of documents."));
    const QCommandLineOption min(QStringLiteral("min"), QStringLiteral("Smallest file, bytes."),
                                 QStringLiteral("bytes"), QStringLiteral("51200"));
    const QCommandLineOption max(QStringLiteral("max"), QStringLiteral("Largest file, bytes."),
                                 QStringLiteral("bytes"), QStringLiteral("5242880"));
    const QCommandLineOption manifest(
        QStringLiteral("manifest"),
        QStringLiteral("Write a meeting.json (all files in one folder)."));
    const QCommandLineOption flat(QStringLiteral("flat"),
                                  QStringLiteral("No in/ and out/ sub-folders."));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    p.addOptions({min, max, manifest, flat, seed});
    p.process(app);
    if (p.positionalArguments().size() != 2)
        p.showHelp(2);
    const auto files = PlenaryTest::generateMeetingFolder(
        p.positionalArguments().at(0), p.positionalArguments().at(1).toInt(),
        p.value(min).toLongLong(), p.value(max).toLongLong(), p.value(seed).toUInt(),
        p.isSet(manifest), !p.isSet(flat), PlenaryTest::SizeMix::LogUniform);
    qint64 total = 0;
    for (const auto &f : files)
        total += f.size;
    std::printf("%lld files, %lld bytes\n", static_cast<long long>(files.size()),
                static_cast<long long>(total));
    return 0;
}
