// The offline reader's benchmarks (docs/benchmarks.md), on a meeting of
// 5,000 documents whose PDFs (1 to 6 pages of generated technical prose)
// are made here with SimplePdf:
//  1. indexing: a first SearchIndexer run (pages/s) and a run with nothing
//     changed, beside pdftotext (poppler) reading a sample of the same files;
//  2. query latency over 200 queries (words, two words, phrases, prefixes)
//     through Store::search, beside scanning the extracted text in memory
//     (what a search without the index costs);
//  3. cold start of `plenary` on that data folder to the shown meeting, and
//     its memory with no document open (PLENARY_STARTUP_REPORT), beside the
//     bundled 36-document demo meeting.
//
//   plenary-bench-reader PLENARY_BINARY [DOCS=5000] [QUERIES=200] [STARTS=5]
#include "DataPaths.h"
#include "SearchIndexer.h"
#include "SimplePdf.h"
#include "Store.h"
#include "TextExtractor.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Plenary;

namespace {
const QStringList kWords =
    QStringLiteral(
        "grid smart meter demand response tariff load shedding electric vehicle charging roaming "
        "aggregator substation distribution transmission outage restoration forecasting storage "
        "battery photovoltaic wind inverter frequency regulation voltage harmonics protection "
        "relay "
        "telemetry latency bandwidth reliability privacy security authentication authorization "
        "certificate encryption interoperability profile model architecture terminology gap "
        "analysis requirement use case actor information flow interface protocol gateway "
        "home energy management building appliance thermostat customer utility operator market "
        "price signal event schedule curtailment flexibility microgrid islanding synchrophasor "
        "measurement accuracy calibration standard recommendation liaison question study group")
        .split(QLatin1Char(' '));

QString sentence(QRandomGenerator &rng, int words) {
    QStringList s;
    for (int i = 0; i < words; ++i)
        s << kWords.at(int(rng.bounded(kWords.size())));
    QString text = s.join(QLatin1Char(' '));
    text[0] = text.at(0).toUpper();
    return text + QStringLiteral(". ");
}

struct Stats {
    double median, p95, max;
};
Stats stats(QList<double> v) {
    std::sort(v.begin(), v.end());
    return {v.at(v.size() / 2), v.at(qMin(v.size() - 1, qsizetype(v.size() * 0.95))), v.last()};
}

// Runs plenary until it reports; "ms rss-kb hwm-kb" or empty.
QString startOnce(const QString &binary, const QString &dataDir, double *wallMs) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLENARY_STARTUP_REPORT"), QStringLiteral("1"));
    env.insert(QStringLiteral("PLENARY_NO_KEYCHAIN"), QStringLiteral("1"));
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer wall;
    wall.start();
    p.start(binary, {QStringLiteral("--data-dir"), dataDir});
    if (!p.waitForFinished(60000))
        return {};
    *wallMs = double(wall.nsecsElapsed()) / 1e6;
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    const auto m = QRegularExpression(QStringLiteral("plenary-startup shown-ms=(\\d+) "
                                                     "rss-kb=(\\d+) idle-rss-kb=(\\d+) "
                                                     "hwm-kb=(\\d+)"))
                       .match(err);
    return m.hasMatch() ? m.captured(1) + QLatin1Char(' ') + m.captured(2) + QLatin1Char(' ') +
                              m.captured(3) + QLatin1Char(' ') + m.captured(4)
                        : QString();
}

void startup(const QString &binary, const QString &dataDir, int runs, const char *what) {
    if (runs <= 0)
        return;
    QList<double> shown, rss, idle, hwm, wall;
    for (int i = 0; i < runs; ++i) {
        double w = 0;
        const QStringList r = startOnce(binary, dataDir, &w).split(QLatin1Char(' '));
        if (r.size() != 4) {
            std::printf("  %s: plenary did not report (is PLENARY_STARTUP_REPORT built in?)\n",
                        what);
            return;
        }
        shown << r.at(0).toDouble();
        rss << r.at(1).toDouble() / 1024;
        idle << r.at(2).toDouble() / 1024;
        hwm << r.at(3).toDouble() / 1024;
        wall << w;
    }
    const Stats s = stats(shown), t = stats(wall);
    std::printf("  %s: meeting shown after %.0f ms median (max %.0f; process start to exit "
                "%.0f ms); memory when shown %.0f MB, 3 s later %.0f MB, peak %.0f MB\n",
                what, s.median, s.max, t.median, stats(rss).median, stats(idle).median,
                stats(hwm).median);
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr,
                     "usage: plenary-bench-reader PLENARY_BINARY [DOCS] [QUERIES] [STARTS]\n");
        return 2;
    }
    const QString binary = QString::fromLocal8Bit(argv[1]);
    const int docs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5000;
    const int queries = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 200;
    const int starts = argc > 4 ? QString::fromLocal8Bit(argv[4]).toInt() : 5;
    QRandomGenerator rng(20261127);

    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("PLENARY_BENCH_KEEP")) { // to look at it afterwards
        dir.setAutoRemove(false);
        std::printf("data folder: %s\n", qPrintable(dir.path()));
    }
    const DataPaths paths = DataPaths::at(dir.path());
    const QString mid = QStringLiteral("bench");
    auto owned = std::make_unique<Store>(paths.databaseFile());
    Store &store = *owned;
    if (!store.open())
        qFatal("cannot open the store");

    // The meeting and its PDFs.
    QElapsedTimer timer;
    timer.start();
    MeetingData m;
    m.meeting.id = mid;
    m.meeting.title = QStringLiteral("Benchmark meeting");
    QDir().mkpath(paths.documentsDir(mid));
    qint64 bytes = 0;
    QStringList files;
    for (int i = 1; i <= docs; ++i) {
        Document d;
        d.number = QStringLiteral("FG-Bench-I-%1").arg(i, 4, 10, QLatin1Char('0'));
        d.title = sentence(rng, 6).trimmed();
        d.source = QStringLiteral("Company %1").arg(i % 61);
        d.files = {{d.number + QStringLiteral(".pdf"), -1, {}, {}}};
        SimplePdf pdf;
        pdf.setTitle(d.title);
        pdf.add(SimplePdf::Style::Title, d.number);
        pdf.add(SimplePdf::Style::Heading, d.title);
        const int paragraphs = 4 + int(rng.bounded(60)); // 1 to about 6 pages
        for (int p = 0; p < paragraphs; ++p) {
            QString para;
            for (int s = 0; s < 4; ++s)
                para += sentence(rng, 8 + int(rng.bounded(10)));
            pdf.add(SimplePdf::Style::Body, para);
        }
        const QByteArray out = pdf.render();
        bytes += out.size();
        const QString path = QDir(paths.documentsDir(mid)).filePath(d.files.first().name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size())
            qFatal("cannot write %s", qPrintable(path));
        files << path;
        m.documents << d;
    }
    if (!store.importMeeting(m) || !store.setCurrentMeetingId(mid))
        qFatal("cannot store the meeting: %s", qPrintable(store.lastError()));
    std::printf("meeting: %d documents, %d PDFs, %.0f MB, made in %.1f s\n", docs, docs,
                double(bytes) / 1e6, double(timer.elapsed()) / 1000);

    // 1. Indexing.
    SearchIndexer indexer(store, paths);
    timer.restart();
    const SearchIndexer::Result first = indexer.update(mid);
    const double firstS = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    const SearchIndexer::Result again = indexer.update(mid);
    const double againS = double(timer.nsecsElapsed()) / 1e9;
    std::printf("indexing: first run %d files, %d pages in %.1f s = %.0f pages/s, %.0f files/s; "
                "nothing changed: %.2f s (%d unchanged)\n",
                first.indexed, first.pages, firstS, first.pages / firstS, first.indexed / firstS,
                againS, again.unchanged);
    // pdftotext over a sample (one process per file, as a shell loop would).
    const int sample = qMin(500, int(files.size()));
    timer.restart();
    for (int i = 0; i < sample; ++i) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {files.at(i), QStringLiteral("/dev/null")});
        if (!p.waitForFinished() || p.exitCode() != 0) {
            std::printf("  pdftotext not available: no comparison\n");
            break;
        }
        if (i == sample - 1) {
            const double s = double(timer.nsecsElapsed()) / 1e9;
            std::printf("  beside it: pdftotext on %d of the files in %.1f s = %.0f files/s "
                        "(text only, nothing stored)\n",
                        sample, s, sample / s);
        }
    }

    // 2. Queries.
    QStringList qs;
    for (int i = 0; i < queries; ++i) {
        const QString a = kWords.at(int(rng.bounded(kWords.size())));
        const QString b = kWords.at(int(rng.bounded(kWords.size())));
        switch (i % 4) {
        case 0:
            qs << a;
            break;
        case 1:
            qs << a + QLatin1Char(' ') + b;
            break;
        case 2:
            qs << QLatin1Char('"') + a + QLatin1Char(' ') + b + QLatin1Char('"');
            break;
        default:
            qs << a.left(4) + QLatin1Char('*');
            break;
        }
    }
    QList<double> latency;
    qint64 hits = 0;
    for (const QString &q : std::as_const(qs)) {
        QElapsedTimer t;
        t.start();
        const auto r = store.search(mid, q, 100);
        latency << double(t.nsecsElapsed()) / 1e6;
        hits += r ? r->size() : 0;
    }
    const Stats ql = stats(latency);
    std::printf("queries: %d (words, two words, phrases, prefixes), top 100 with snippets: "
                "median %.1f ms, p95 %.1f ms, max %.1f ms (%.0f hits on average)\n",
                int(qs.size()), ql.median, ql.p95, ql.max, double(hits) / qs.size());
    const char *kinds[] = {"single words", "two words", "phrases", "prefixes"};
    for (int k = 0; k < 4; ++k) {
        QList<double> of;
        for (int i = k; i < latency.size(); i += 4)
            of << latency.at(i);
        if (!of.isEmpty()) {
            const Stats s = stats(of);
            std::printf("  %s: median %.1f ms, p95 %.1f ms\n", kinds[k], s.median, s.p95);
        }
    }
    // Without the index: every page's text in memory, scanned per query.
    QStringList pages;
    for (const QString &f : std::as_const(files)) {
        const auto text = TextExtractor::extract(f);
        pages << text.pages;
    }
    QList<double> scan;
    for (const QString &q : std::as_const(qs)) {
        const QStringList words =
            QString(q).remove(QLatin1Char('"')).remove(QLatin1Char('*')).split(QLatin1Char(' '));
        QElapsedTimer t;
        t.start();
        int found = 0;
        for (const QString &page : std::as_const(pages))
            if (std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
                    return page.contains(w, Qt::CaseInsensitive);
                }))
                ++found;
        scan << double(t.nsecsElapsed()) / 1e6;
        Q_UNUSED(found);
    }
    const Stats sl = stats(scan);
    std::printf("  beside it: scanning the %d pages' text in memory (no ranking, no snippets): "
                "median %.1f ms, p95 %.1f ms\n",
                int(pages.size()), sl.median, sl.p95);

    // 3. Cold start and memory.
    owned.reset(); // plenary opens the store itself
    std::printf("startup (%d runs each):\n", starts);
    startup(binary, dir.path(), starts, "5,000 documents");
    QTemporaryDir demo;
    startup(binary, demo.path(), 1, "warm-up");
    startup(binary, demo.path(), starts, "the 36-document demo");
    return 0;
}
