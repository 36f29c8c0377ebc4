// The chairman's session in the window, offscreen: allocation by drag and
// drop and from the menu, undo and redo, moving through the agenda and
// recording outcomes from the session panel.
#include "AgendaModel.h"
#include "AsyncStore.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "DocumentTableView.h"
#include "LiaisonDialog.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "SessionPanel.h"
#include "Store.h"
#include "Translations.h"
#include "WorkingGroupModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Plenary;

namespace {

QString cell(MainWindow &w, const QString &number, int column) {
    const int row = w.documentModel()->rowOf(number);
    return w.documentModel()->index(row, column).data().toString();
}

void select(MainWindow &w, const QStringList &numbers) {
    QItemSelection selection;
    for (const QString &n : numbers) {
        const QModelIndex i = w.filterModel()->mapFromSource(
            w.documentModel()->index(w.documentModel()->rowOf(n), 0));
        selection.select(i, i.siblingAtColumn(w.filterModel()->columnCount() - 1));
    }
    w.documentView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

/// A drag of the selected documents from the table onto @p toIndex of
/// another view, as the views do it: the dragging view's model makes the
/// QDrag's data from the selection (startDrag), the target view's model
/// takes it at the index under the mouse (dropEvent). The offscreen platform
/// runs no drag loop and QApplication routes drag events only through one,
/// so the mouse part is not replayed; that the views are set up to drag and
/// to accept drops is checked below.
void dragSelectionTo(QAbstractItemView *from, QAbstractItemView *to, const QModelIndex &toIndex) {
    QVERIFY(from->dragEnabled());
    QCOMPARE(from->dragDropMode(), QAbstractItemView::DragOnly);
    QVERIFY(to->acceptDrops());
    QCOMPARE(to->dragDropMode(), QAbstractItemView::DropOnly);
    QCOMPARE(to->indexAt(to->visualRect(toIndex).center()), toIndex); // on screen
    std::unique_ptr<QMimeData> mime(
        from->model()->mimeData(from->selectionModel()->selectedRows()));
    QVERIFY(mime);
    QVERIFY(from->model()->supportedDragActions() & Qt::CopyAction);
    QVERIFY(to->model()->canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, toIndex));
    QVERIFY(to->model()->dropMimeData(mime.get(), Qt::CopyAction, -1, -1, toIndex));
}

QAction *findAction(QWidget *w, const QString &text) {
    for (QAction *a : w->findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    return nullptr;
}

} // namespace

class TestSessionController : public QObject {
    Q_OBJECT

    static void screenshot(QWidget *w, const QString &name) {
        const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
        QTest::qWait(50);
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void dragDropAllocatesAndUndoes() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(dir.path()));
        MainWindow w(&store, &settings);
        QAbstractItemModelTester tester(w.filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester agendaTester(
            w.agendaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&w, &MainWindow::meetingShown);
        QSignalSpy changed(&store, &AsyncStore::sessionChanged);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(shown.wait(30000));
        QUndoStack *undo = w.session()->undoStack();

        const QString a = QStringLiteral("FG-Smart-I-0010"), b = QStringLiteral("FG-Smart-I-0011");
        QCOMPARE(cell(w, a, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG1"));
        const int wg3Before =
            w.workingGroupModel()->index(2).data(WorkingGroupModel::DocumentCountRole).toInt();
        // Drag two documents from the table onto working group WG3.
        select(w, {a, b});
        QCOMPARE(w.selectedDocuments().size(), 2);
        dragSelectionTo(w.documentView(), w.workingGroupView(), w.workingGroupModel()->index(2));
        QTRY_COMPARE(cell(w, a, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG3"));
        QCOMPARE(cell(w, b, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG3"));
        QCOMPARE(w.workingGroupModel()->index(2).data(WorkingGroupModel::DocumentCountRole).toInt(),
                 wg3Before + 2);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("2 documents allocated to WG3"));
        // The selection survived the update (no model reset).
        QCOMPARE(w.selectedDocuments(), (QStringList{a, b}));

        // ... and one onto agenda item 6.a.
        select(w, {a});
        const int before6a = w.agendaModel()
                                 ->indexForId(QStringLiteral("6.a"))
                                 .data(AgendaModel::DocumentCountRole)
                                 .toInt();
        dragSelectionTo(w.documentView(), w.agendaView(),
                        w.agendaModel()->indexForId(QStringLiteral("6.a")));
        QTRY_COMPARE(cell(w, a, DocumentTableModel::AgendaItemColumn), QStringLiteral("6.a"));
        QCOMPARE(cell(w, a, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG3"));
        QCOMPARE(w.agendaModel()
                     ->indexForId(QStringLiteral("6.a"))
                     .data(AgendaModel::DocumentCountRole)
                     .toInt(),
                 before6a + 1);
        screenshot(&w, QStringLiteral("allocation-1280x800"));

        // Ctrl+Z twice: both allocations undone, in order; Ctrl+Shift+Z redoes.
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(cell(w, a, DocumentTableModel::AgendaItemColumn), QStringLiteral("8"));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(cell(w, a, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG1"));
        QCOMPARE(cell(w, b, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG1"));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(cell(w, b, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG3"));

        // The keyboard way: Ctrl+Alt+2 allocates the selection to WG2.
        select(w, {b});
        w.documentView()->setFocus();
        QTest::keyClick(w.documentView(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(cell(w, b, DocumentTableModel::WorkingGroupColumn), QStringLiteral("WG2"));

        // Everything the window showed is in the store.
        QTRY_VERIFY(changed.size() >= 5);
        Store check(DataPaths::at(dir.path()).databaseFile());
        QVERIFY(check.open());
        const auto m = check.loadMeeting(QStringLiteral("fg-smart-1"));
        QCOMPARE(m->allocations.value(b).workingGroup, QStringLiteral("WG2"));
        QCOMPARE(m->allocations.value(a).workingGroup, QStringLiteral("WG3")); // redone
        QVERIFY(m->allocations.value(a).agendaItem.isEmpty());                 // still undone
    }

    void runningThePlenary() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(dir.path()));
        MainWindow w(&store, &settings);
        QSignalSpy shown(&w, &MainWindow::meetingShown);
        w.resize(1920, 1080);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(shown.wait(30000));
        SessionPanel *panel = w.sessionPanel();
        auto *number = panel->findChild<QLabel *>(QStringLiteral("currentItemNumber"));
        QCOMPARE(number->textFormat(), Qt::PlainText);

        // Alt+Page Down starts the meeting and walks the agenda.
        QAction *next = findAction(&w, QStringLiteral("Next Agenda Item"));
        QVERIFY(next);
        next->trigger();
        QTRY_COMPARE(number->text(), QStringLiteral("1"));
        for (int i = 0; i < 12; ++i)
            next->trigger(); // ... to item 8 (1, 2, 3, 4, 5, 6, 6.a, 6.a.i, 6.b, 6.c, 6.d, 7, 8)
        QTRY_COMPARE(number->text(), QStringLiteral("8"));
        QVERIFY(w.agendaModel()
                    ->indexForId(QStringLiteral("8"))
                    .data(AgendaModel::CurrentRole)
                    .toBool());
        auto *docs = panel->findChild<QTreeWidget *>(QStringLiteral("sessionDocuments"));
        QTRY_COMPARE(docs->topLevelItemCount(), 24);

        // Record "revised" on FG-Smart-I-0012: the new number appears, linked.
        auto *subject = panel->findChild<QComboBox *>(QStringLiteral("outcomeSubject"));
        auto *status = panel->findChild<QComboBox *>(QStringLiteral("outcomeStatus"));
        auto *text = panel->findChild<QLineEdit *>(QStringLiteral("outcomeText"));
        subject->setCurrentIndex(subject->findData(QStringLiteral("FG-Smart-I-0012")));
        status->setCurrentIndex(status->findData(int(OutcomeStatus::Revised)));
        text->setText(QStringLiteral("Revised with the comments of the meeting."));
        panel->findChild<QPushButton *>(QStringLiteral("recordOutcome"))->click();
        QTRY_COMPARE(w.documentModel()->rowCount(), 37);
        QTRY_COMPARE(
            cell(w, QStringLiteral("FG-Smart-I-0012"), DocumentTableModel::ReplacedByColumn),
            QStringLiteral("FG-Smart-I-0037"));
        QCOMPARE(cell(w, QStringLiteral("FG-Smart-I-0037"), DocumentTableModel::WorkingGroupColumn),
                 QStringLiteral("WG1"));
        auto *outcomes = panel->findChild<QTreeWidget *>(QStringLiteral("sessionOutcomes"));
        QTRY_COMPARE(outcomes->topLevelItemCount(), 1);
        QCOMPARE(outcomes->topLevelItem(0)->text(2), QStringLiteral("Revised to FG-Smart-I-0037"));

        // An outcome on the item itself, then on another document.
        subject->setCurrentIndex(0);
        status->setCurrentIndex(status->findData(int(OutcomeStatus::Agreed)));
        text->setText(QStringLiteral("Allocation to working groups agreed."));
        QTest::keyClick(text, Qt::Key_Return);
        QTRY_COMPARE(outcomes->topLevelItemCount(), 2);
        subject->setCurrentIndex(subject->findData(QStringLiteral("FG-Smart-I-0014")));
        status->setCurrentIndex(status->findData(int(OutcomeStatus::Noted)));
        text->setText(QStringLiteral("Noted."));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(outcomes->topLevelItemCount(), 3);
        QTRY_COMPARE(cell(w, QStringLiteral("FG-Smart-I-0014"), DocumentTableModel::OutcomeColumn),
                     QStringLiteral("Noted"));
        w.documentView()->setCurrentIndex(w.filterModel()->mapFromSource(w.documentModel()->index(
            w.documentModel()->rowOf(QStringLiteral("FG-Smart-I-0012")), 0)));
        screenshot(&w, QStringLiteral("session-1920x1080"));
        w.resize(1280, 800);
        screenshot(&w, QStringLiteral("session-1280x800"));

        // Undo takes back the last outcome, then the revision with its new number.
        QUndoStack *undo = w.session()->undoStack();
        undo->undo();
        QTRY_COMPARE(outcomes->topLevelItemCount(), 2);
        undo->undo();
        undo->undo();
        QTRY_COMPARE(w.documentModel()->rowCount(), 36);
        QTRY_COMPARE(outcomes->topLevelItemCount(), 0);
        QVERIFY(cell(w, QStringLiteral("FG-Smart-I-0012"), DocumentTableModel::ReplacedByColumn)
                    .isEmpty());
        // A liaison statement drafted from the selected document, then undone.
        select(w, {QStringLiteral("FG-Smart-I-0012")});
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<LiaisonDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("liaisonTitle"))
                ->setText(QStringLiteral("LS on electric vehicle charging use cases"));
            auto *to = dialog->findChild<QComboBox *>(QStringLiteral("liaisonAddTo"));
            to->setCurrentText(QStringLiteral("ISO/IEC JTC 1 Special Working Group on Smart Grid"));
            QTest::keyClick(to->lineEdit(), Qt::Key_Return);
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("liaisonBody"))
                ->setPlainText(QStringLiteral("FG Smart would like to draw your attention to..."));
            screenshot(dialog, QStringLiteral("liaison-dialog"));
            dialog->accept();
        });
        findAction(&w, QStringLiteral("New Liaison Statement..."))->trigger();
        QTRY_COMPARE(w.session()->meeting().liaisons.size(), 1);
        QTRY_COMPARE(w.documentModel()->meeting().liaisons.size(), 1); // confirmed by the store
        const LiaisonStatement ls = w.session()->meeting().liaisons.first();
        QCOMPARE(ls.id, QStringLiteral("LS-001"));
        QCOMPARE(ls.attachments, QStringList{QStringLiteral("FG-Smart-I-0012")});
        QCOMPARE(ls.to.size(), 1);
        QCOMPARE(ls.agendaItem, QStringLiteral("8")); // drafted under the current item
        QCOMPARE(w.documentModel()->meeting().liaisons.first().agendaItem, QStringLiteral("8"));
        undo->undo();
        QTRY_COMPARE(w.documentModel()->meeting().liaisons.size(), 0);

        // Previous item, undoable like the rest.
        findAction(&w, QStringLiteral("Previous Agenda Item"))->trigger();
        QTRY_COMPARE(number->text(), QStringLiteral("7"));
        undo->undo();
        QTRY_COMPARE(number->text(), QStringLiteral("8"));
    }
};

QTEST_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
