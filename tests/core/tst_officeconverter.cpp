// OfficeConverter with Debian's LibreOffice (skipped with a message where it
// is not installed): office files become PDFs once per version, a time
// limit and a cancel stop the whole LibreOffice process group, and a
// converter that fails or is missing says so.
#include "OfficeConverter.h"
#include "TextExtractor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Plenary;

namespace {
void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Whether a process whose command line has @p text still runs.
bool running(const QString &text) {
    QProcess pgrep;
    pgrep.start(QStringLiteral("pgrep"), {QStringLiteral("-f"), text});
    pgrep.waitForFinished();
    return pgrep.exitCode() == 0;
}
} // namespace

class TestOfficeConverter : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString m_soffice = OfficeConverter::findProgram();

    void needLibreOffice() {
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)");
    }

private Q_SLOTS:
    void rtfAndOdtBecomeSearchablePdfs() {
        needLibreOffice();
        // An RTF written by hand, an ODT written by Qt: both office formats.
        writeFile(path(QStringLiteral("FG-Smart-I-0042.rtf")),
                  "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\\f0 Demand response "
                  "programmes for households\\par Second paragraph.\\par}");
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("Smart meter privacy\nИнтеллектуальная сеть"));
        QTextDocumentWriter writer(path(QStringLiteral("FG-Smart-I-0043.odt")), "odf");
        QVERIFY(writer.write(&doc));

        OfficeConverter converter(path(QStringLiteral("cache")));
        QVERIFY(converter.isAvailable());
        for (const auto &[name, words] :
             {std::pair{QStringLiteral("FG-Smart-I-0042.rtf"), QStringLiteral("Demand response")},
              std::pair{QStringLiteral("FG-Smart-I-0043.odt"),
                        QStringLiteral("Интеллектуальная сеть")}}) {
            QCOMPARE(converter.cachedPdf(path(name)), QString());
            const OfficeConverter::Result r = converter.convert(path(name));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY(!r.fromCache);
            QVERIFY(r.pdfPath.startsWith(path(QStringLiteral("cache/converted/"))));
            const TextExtractor::Result text = TextExtractor::extract(r.pdfPath);
            QVERIFY2(text.ok(), qPrintable(text.error));
            QVERIFY2(text.pages.join(QLatin1Char(' ')).simplified().contains(words),
                     qPrintable(text.pages.join(QLatin1Char(' '))));
            QCOMPARE(converter.cachedPdf(path(name)), r.pdfPath);
        }
        // Nothing of LibreOffice is left running once a conversion is done.
        QVERIFY(!running(path(QStringLiteral("cache/office-"))));
    }

    void oncePerVersion() {
        needLibreOffice();
        const QString source = path(QStringLiteral("FG-Smart-I-0042.rtf"));
        OfficeConverter converter(path(QStringLiteral("cache")));
        QElapsedTimer timer;
        timer.start();
        const OfficeConverter::Result again = converter.convert(source);
        QVERIFY(again.ok());
        QVERIFY(again.fromCache); // from the cache of the test above
        QVERIFY(timer.elapsed() < 1000);

        // A new version (another modification time): converted again, to
        // another PDF.
        QFile f(source);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(60),
                              QFileDevice::FileModificationTime));
        f.close();
        QCOMPARE(converter.cachedPdf(source), QString());
        const OfficeConverter::Result fresh = converter.convert(source);
        QVERIFY2(fresh.ok(), qPrintable(fresh.error));
        QVERIFY(!fresh.fromCache);
        QVERIFY(fresh.pdfPath != again.pdfPath);
    }

    void timeLimitAndCancelStopTheProcessGroup() {
        needLibreOffice();
        writeFile(path(QStringLiteral("slow.rtf")), "{\\rtf1\\ansi Slow\\par}");
        OfficeConverter converter(path(QStringLiteral("cache-slow")));
        converter.setTimeoutMs(300); // LibreOffice takes longer than this to start
        OfficeConverter::Result r = converter.convert(path(QStringLiteral("slow.rtf")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("longer than")), qPrintable(r.error));
        QVERIFY(r.retry); // not the document's fault: the indexer tries again later
        QTRY_VERIFY(!running(path(QStringLiteral("cache-slow/office-"))));
        QCOMPARE(converter.cachedPdf(path(QStringLiteral("slow.rtf"))), QString());

        converter.setTimeoutMs(60000);
        int asked = 0;
        r = converter.convert(path(QStringLiteral("slow.rtf")), [&] { return ++asked > 2; });
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QTRY_VERIFY(!running(path(QStringLiteral("cache-slow/office-"))));
        QCOMPARE(converter.cachedPdf(path(QStringLiteral("slow.rtf"))), QString());
    }

    // A Plenary killed mid-conversion cannot stop LibreOffice: a CPU limit
    // that soffice.bin inherits ends it anyway (tst_crashpoints found such
    // conversions spinning for ever on garbage documents).
    void conversionsCarryACpuLimit() {
        needLibreOffice();
        writeFile(path(QStringLiteral("limits.rtf")), "{\\rtf1\\ansi Limits\\par}");
        OfficeConverter converter(path(QStringLiteral("cache-limits")));
        converter.setTimeoutMs(60000);
        QStringList limits;
        int asked = 0;
        converter.convert(path(QStringLiteral("limits.rtf")), [&] {
            QProcess pgrep;
            pgrep.start(QStringLiteral("pgrep"),
                        {QStringLiteral("-f"), path(QStringLiteral("cache-limits/office-"))});
            pgrep.waitForFinished();
            for (const QByteArray &pid : pgrep.readAllStandardOutput().split('\n')) {
                QFile f(QStringLiteral("/proc/%1/limits").arg(QString::fromLatin1(pid)));
                if (!pid.isEmpty() && f.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : f.readAll().split('\n'))
                        if (line.startsWith("Max cpu time"))
                            limits << QString::fromLatin1(line.simplified());
            }
            return !limits.isEmpty() || ++asked > 100;
        });
        QVERIFY(!limits.isEmpty());
        for (const QString &line : std::as_const(limits))
            QCOMPARE(line, QStringLiteral("Max cpu time 130 130 seconds"));
        QTRY_VERIFY(!running(path(QStringLiteral("cache-limits/office-"))));
    }

    void failuresAreExplained() {
        writeFile(path(QStringLiteral("bad.docx")), "PK not really a docx");
        // A converter that fails.
        OfficeConverter failing(path(QStringLiteral("cache-false")), QStringLiteral("/bin/false"));
        OfficeConverter::Result r = failing.convert(path(QStringLiteral("bad.docx")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("could not convert bad.docx")),
                 qPrintable(r.error));
        QVERIFY(!r.retry); // LibreOffice ran: the document's fault, not tried again
        // One that writes something that is not a PDF.
        const QString fake = path(QStringLiteral("fake-soffice"));
        writeFile(fake, "#!/bin/sh\nfor a; do out=$a; done\n"
                        "echo 'not a pdf' > \"$(dirname \"$out\")/document.pdf\"\n");
        QFile::setPermissions(fake, QFile::permissions(fake) | QFileDevice::ExeOwner);
        OfficeConverter liar(path(QStringLiteral("cache-fake")), fake);
        r = liar.convert(path(QStringLiteral("bad.docx")));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("could not convert")), qPrintable(r.error));
        QCOMPARE(liar.cachedPdf(path(QStringLiteral("bad.docx"))), QString());
        // A file that is not there.
        r = liar.convert(path(QStringLiteral("missing.doc")));
        QVERIFY(r.error.contains(QStringLiteral("missing.doc is not there")));
        // No LibreOffice at all.
        qputenv("PLENARY_SOFFICE", "none");
        OfficeConverter none(path(QStringLiteral("cache-none")));
        qunsetenv("PLENARY_SOFFICE");
        QVERIFY(!none.isAvailable());
        r = none.convert(path(QStringLiteral("bad.docx")));
        QVERIFY(r.error.contains(QStringLiteral("LibreOffice is not installed")));
    }

    void aDocumentNameNeverReachesTheCommandLine() {
        // The fake converter records its arguments.
        const QString fake = path(QStringLiteral("args-soffice"));
        writeFile(fake, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args\"\nexit 1\n");
        QFile::setPermissions(fake, QFile::permissions(fake) | QFileDevice::ExeOwner);
        const QString hostile = path(QStringLiteral("--outdir=$(touch pwned); x.docx"));
        writeFile(hostile, "PK");
        OfficeConverter converter(path(QStringLiteral("cache-args")), fake);
        QVERIFY(!converter.convert(hostile).ok());
        QFile args(fake + QStringLiteral(".args"));
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray recorded = args.readAll();
        QVERIFY(!recorded.contains("pwned"));
        QVERIFY(recorded.contains("/document.docx"));
        QVERIFY(recorded.contains("-env:UserInstallation=file://"));
        QVERIFY(!QFile::exists(path(QStringLiteral("pwned"))));
    }
};

QTEST_MAIN(TestOfficeConverter)
#include "tst_officeconverter.moc"
