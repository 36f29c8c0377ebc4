#include "SimplePdf.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Plenary;

namespace {
// Runs a poppler tool on a PDF and returns its output. CI installs
// poppler-utils; elsewhere the test says what is missing.
QString poppler(const QString &tool, const QStringList &args, bool *found) {
    const QString exe = QStandardPaths::findExecutable(tool);
    *found = !exe.isEmpty();
    if (!*found)
        return {};
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestSimplePdf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void structureIsConsistent() {
        SimplePdf pdf;
        pdf.setTitle(QStringLiteral("A (tricky) title \\ with ünïcode and 中文"));
        pdf.add(SimplePdf::Style::Title, QStringLiteral("FG-Smart-I-0001"));
        pdf.add(SimplePdf::Style::Body,
                QStringLiteral("Parentheses (like these) and a backslash \\ survive."));
        const QByteArray bytes = pdf.render();
        QVERIFY(bytes.startsWith("%PDF-1.4\n"));
        QVERIFY(bytes.endsWith("%%EOF\n"));
        // Every xref entry points at the start of its object.
        const qsizetype startxref = bytes.lastIndexOf("startxref\n");
        const qsizetype xref = bytes.mid(startxref + 10).split('\n').first().toLongLong();
        QVERIFY(bytes.mid(xref).startsWith("xref\n"));
        const QList<QByteArray> lines = bytes.mid(xref).split('\n');
        const int count = lines.at(1).split(' ').at(1).toInt();
        for (int i = 1; i < count; ++i) {
            const qsizetype off = lines.at(2 + i).left(10).toLongLong();
            QVERIFY2(bytes.mid(off).startsWith(QByteArray::number(i) + " 0 obj"),
                     qPrintable(QString::number(i)));
        }
        // Deterministic: same input, same bytes (the demo's checksums rely on it).
        QCOMPARE(pdf.render(), bytes);
    }

    void longTextFlowsOntoMorePages() {
        SimplePdf pdf;
        QString para;
        for (int i = 0; i < 400; ++i)
            para += QStringLiteral("word%1 ").arg(i);
        for (int i = 0; i < 12; ++i)
            pdf.add(SimplePdf::Style::Body, para);
        const QByteArray bytes = pdf.render();
        const QRegularExpression count(QStringLiteral("/Count (\\d+)"));
        const int pages = count.match(QString::fromLatin1(bytes)).captured(1).toInt();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    }

    void popplerReadsTheText() {
        QTemporaryDir dir;
        SimplePdf pdf;
        pdf.setTitle(QStringLiteral("Use case: demand response"));
        pdf.setAuthor(QStringLiteral("Korea Telecom"));
        pdf.add(SimplePdf::Style::Title, QStringLiteral("FG-Smart-I-0011"));
        pdf.add(SimplePdf::Style::Body,
                QStringLiteral("The utility signals price events \u2013 Telefónica (Spain)."));
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pdf.render());
        f.close();

        bool found = false;
        const QString text =
            poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &found);
        if (!found)
            QSKIP("pdftotext (poppler-utils) is not installed");
        QVERIFY2(text.contains(QStringLiteral("FG-Smart-I-0011")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("price events \u2013 Telefónica (Spain).")),
                 qPrintable(text));
        const QString info = poppler(QStringLiteral("pdfinfo"), {path}, &found);
        QVERIFY2(info.contains(QStringLiteral("Use case: demand response")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Korea Telecom")), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1"))),
                 qPrintable(info));
    }
};

QTEST_GUILESS_MAIN(TestSimplePdf)
#include "tst_simplepdf.moc"
