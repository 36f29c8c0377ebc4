// The document table offscreen, with the demo meeting: the title column's
// room as the view and the other columns change size, and Ctrl+C.
#include "DemoMeeting.h"
#include "DocumentTableModel.h"
#include "DocumentTableView.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QScrollBar>
#include <QTest>

using namespace Plenary;

namespace {
constexpr int kTitle = DocumentTableModel::TitleColumn;

int othersWidth(const QHeaderView *h) {
    int others = 0;
    for (int c = 0; c < h->count(); ++c)
        if (c != kTitle && !h->isSectionHidden(c))
            others += h->sectionSize(c);
    return others;
}
} // namespace

class TestDocumentTableView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() {
        m_model = std::make_unique<DocumentTableModel>();
        m_model->setMeeting(DemoMeeting::manifest());
        m_view = std::make_unique<DocumentTableView>();
        m_view->setModel(m_model.get());
        m_view->applyDefaultColumnWidths();
        m_view->resize(1600, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void cleanup() {
        m_view.reset();
        m_model.reset();
    }

    void aWideTableGivesTheTitleTheRest() {
        const QHeaderView *h = m_view->horizontalHeader();
        QCOMPARE(h->sectionResizeMode(kTitle), QHeaderView::Stretch);
        QTRY_COMPARE(h->sectionSize(kTitle), m_view->viewport()->width() - othersWidth(h));
        QVERIFY(h->sectionSize(kTitle) > m_view->minimumTitleWidth());
        QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
    }

    void aNarrowTableKeepsTheTitleReadableAndScrolls() {
        // A 1366-pixel laptop with the agenda and the session panel open
        // leaves the table about 640 pixels: before, the title got 25.
        m_view->resize(640, 500);
        const QHeaderView *h = m_view->horizontalHeader();
        QTRY_COMPARE(h->sectionSize(kTitle), m_view->minimumTitleWidth());
        QVERIFY(m_view->minimumTitleWidth() >= m_view->fontMetrics().averageCharWidth() * 30);
        QTRY_VERIFY(m_view->horizontalScrollBar()->maximum() > 0);
        // Wide again: it stretches again, with no scrolling.
        m_view->resize(1600, 500);
        QTRY_COMPARE(h->sectionResizeMode(kTitle), QHeaderView::Stretch);
        QTRY_COMPARE(h->sectionSize(kTitle), m_view->viewport()->width() - othersWidth(h));
        QTRY_COMPARE(m_view->horizontalScrollBar()->maximum(), 0);
    }

    void otherColumnsMakeRoom() {
        m_view->resize(900, 500);
        QHeaderView *h = m_view->horizontalHeader();
        for (int c = 0; c < h->count(); ++c)
            m_view->setColumnHidden(c, false);
        QTRY_COMPARE(h->sectionSize(kTitle), m_view->minimumTitleWidth()); // too many columns
        // Hidden from the header's menu, a few columns give the title its
        // room back, and then more than its minimum.
        for (int c : {DocumentTableModel::TypeColumn, DocumentTableModel::ForColumn,
                      DocumentTableModel::ReplacedByColumn, DocumentTableModel::StateColumn,
                      DocumentTableModel::ReceivedColumn, DocumentTableModel::OutcomeColumn})
            m_view->setColumnHidden(c, true);
        QTRY_COMPARE(h->sectionResizeMode(kTitle), QHeaderView::Stretch);
        QTRY_COMPARE(h->sectionSize(kTitle), m_view->viewport()->width() - othersWidth(h));
        QVERIFY(h->sectionSize(kTitle) > m_view->minimumTitleWidth());
        // A column widened by hand takes the room again.
        h->resizeSection(DocumentTableModel::SourceColumn, 600);
        QTRY_COMPARE(h->sectionSize(kTitle), m_view->minimumTitleWidth());
        QTRY_VERIFY(m_view->horizontalScrollBar()->maximum() > 0);
    }

    void copyGivesNumbersAndTitles() {
        m_view->selectRow(0);
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QApplication::clipboard()->text();
        const QModelIndex first = m_model->index(0, kTitle);
        QCOMPARE(copied, m_model->index(0, DocumentTableModel::NumberColumn).data().toString() +
                             QLatin1Char('\t') + first.data().toString());
    }

private:
    std::unique_ptr<DocumentTableModel> m_model;
    std::unique_ptr<DocumentTableView> m_view;
};

QTEST_MAIN(TestDocumentTableView)
#include "tst_documenttableview.moc"
