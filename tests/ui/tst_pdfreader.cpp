// The PDF reader, offscreen, on real PDFs (SimplePdf): pages, zoom, search,
// Ctrl+wheel, and bad bytes refused with a reason.
#include "PdfReader.h"
#include "SimplePdf.h"
#include "Translations.h"

#include <QApplication>
#include <QListView>
#include <QPdfDocument>
#include <QPdfSearchModel>
#include <QPdfView>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>

using namespace Plenary;

namespace {
// Three pages or more: a title page, filler, a last paragraph.
QByteArray longPdf() {
    SimplePdf pdf;
    pdf.add(SimplePdf::Style::Title, QStringLiteral("FG-Smart-I-0011"));
    pdf.add(SimplePdf::Style::Body, QStringLiteral("Demand response for residential customers."));
    QString filler;
    for (int i = 0; i < 200; ++i)
        filler += QStringLiteral("Line %1 of a long contribution.\n").arg(i);
    pdf.add(SimplePdf::Style::Body, filler);
    pdf.add(SimplePdf::Style::Body, QStringLiteral("Closing words on load shedding."));
    return pdf.render();
}

void screenshot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
    QTest::qWait(100);
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestPdfReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void pagesZoomAndSearch() {
        PdfReader reader;
        reader.resize(1000, 700);
        reader.show();
        QSignalSpy ready(&reader, &PdfReader::ready);
        QVERIFY(reader.open(longPdf(), 2)); // opened where it was left
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(reader.pageCount() >= 3);
        QTRY_COMPARE(reader.currentPage(), 2);
        QCOMPARE(reader.findChild<QSpinBox *>(QStringLiteral("pdfPage"))->value(), 3);
        QCOMPARE(reader.view()->pageMode(), QPdfView::PageMode::MultiPage);
        QCOMPARE(reader.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);

        QSignalSpy turned(&reader, &PdfReader::pageChanged);
        reader.goToPage(0);
        QTRY_COMPARE(reader.currentPage(), 0);
        QVERIFY(!turned.isEmpty());
        reader.goToPage(999); // bounded
        QTRY_COMPARE(reader.currentPage(), reader.pageCount() - 1);
        // The page box moves the view too.
        reader.findChild<QSpinBox *>(QStringLiteral("pdfPage"))->setValue(2);
        QTRY_COMPARE(reader.currentPage(), 1);

        // Zoom: custom factors in and out, then the fit modes.
        reader.zoomIn();
        QCOMPARE(reader.view()->zoomMode(), QPdfView::ZoomMode::Custom);
        const qreal in = reader.zoomFactor();
        reader.zoomOut();
        QVERIFY(reader.zoomFactor() < in);
        for (int i = 0; i < 40; ++i)
            reader.zoomOut();
        QVERIFY(reader.zoomFactor() >= 0.1); // bounded
        reader.fitPage();
        QCOMPARE(reader.view()->zoomMode(), QPdfView::ZoomMode::FitInView);
        reader.fitWidth();
        QCOMPARE(reader.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        // Ctrl+wheel zooms; a plain wheel scrolls and keeps the zoom.
        QWidget *viewport = reader.view()->viewport();
        const QPointF at(100, 100);
        QWheelEvent up(at, viewport->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &up);
        QCOMPARE(reader.view()->zoomMode(), QPdfView::ZoomMode::Custom);
        const qreal wheeled = reader.zoomFactor();
        QWheelEvent plain(at, viewport->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &plain);
        QCOMPARE(reader.zoomFactor(), wheeled);
        reader.fitWidth();

        // Search inside the document: the hits listed, the first one shown.
        reader.goToPage(0);
        QTRY_COMPARE(reader.currentPage(), 0);
        reader.find(QStringLiteral("load shedding"));
        QTRY_COMPARE(reader.searchModel()->rowCount({}), 1);
        QTRY_COMPARE(reader.currentPage(), reader.pageCount() - 1);
        QVERIFY(reader.findChild<QListView *>(QStringLiteral("pdfSearchHits"))->isVisible());
        reader.find(QStringLiteral("zeppelin"));
        QTest::qWait(300); // the background search runs its course
        QCOMPARE(reader.searchModel()->rowCount({}), 0);
        QVERIFY(!reader.findChild<QListView *>(QStringLiteral("pdfSearchHits"))->isVisible());
        reader.find(QStringLiteral("load shedding"));
        auto *hits = reader.findChild<QListView *>(QStringLiteral("pdfSearchHits"));
        QTRY_VERIFY(hits->isVisible());
        // A hit reads as plain text: where, and the words around it.
        QTRY_COMPARE(
            hits->model()->index(0, 0).data().toString(),
            QStringLiteral("p. %1: Closing words on load shedding.").arg(reader.pageCount()));
        QTest::qWait(300); // pages render in the background
        screenshot(&reader, QStringLiteral("pdf-reader"));
    }

    void badBytesAreRefused() {
        PdfReader reader;
        QSignalSpy failed(&reader, &PdfReader::failed);
        const bool opened = reader.open(QByteArrayLiteral("<html>404 Not Found</html>"));
        QTRY_VERIFY(!opened || !failed.isEmpty());
        QVERIFY(!reader.error().isEmpty());
        QCOMPARE(reader.pageCount(), 0);
        // The same reader then opens a good one.
        QSignalSpy ready(&reader, &PdfReader::ready);
        QVERIFY(reader.open(longPdf()));
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(reader.error().isEmpty());
    }
};

QTEST_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
