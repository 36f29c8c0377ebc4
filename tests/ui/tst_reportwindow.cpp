// A rapporteur's report window, offscreen: opened from the session,
// autosaved, refreshed without losing what was written, find and replace
// as one undo step, exported; and the main window's Reports menu.
#include "AsyncStore.h"
#include "Features.h"
#include "FindReplaceBar.h"
#include "MainWindow.h"
#include "ReportWindow.h"
#include "ReportsController.h"
#include "Store.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

using namespace Plenary;

namespace {
const QString kMid = QStringLiteral("fg-smart-1");

// What the store has, read through a connection of its own.
QString storedText(const QString &dataDir, const QString &reportId) {
    Store s(DataPaths::at(dataDir).databaseFile());
    if (!s.open())
        return QStringLiteral("(cannot open)");
    const auto r = s.report(kMid, reportId);
    return r ? r->text : QString();
}

QAction *action(QWidget *w, const QString &text) {
    for (QAction *a : w->findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    return nullptr;
}

Outcome outcomeOn(const QString &number, OutcomeStatus status, const QString &text) {
    Outcome o;
    o.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.agendaItem = QStringLiteral("10");
    o.documents = {number};
    o.status = status;
    o.text = text;
    o.at = QDateTime::currentDateTimeUtc();
    return o;
}

// Answers the next message box (shown by exec() inside a slot, so in a
// nested event loop) and keeps what it said in @p told.
void answerNextBox(QObject *context, QString *told) {
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [told, timer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            QCOMPARE(box->textFormat(), Qt::PlainText);
            *told = box->text() + QLatin1Char('\n') + box->detailedText();
            box->accept();
        }
    });
    timer->start(50);
}

void screenshot(QWidget *w, const QString &name) {
    const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
    QTest::qWait(50);
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}
} // namespace

class TestReportWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void rapporteurWritesRefreshesAndExports() {
        QTemporaryDir dir;
        AsyncStore store(DataPaths::at(dir.path()));
        QSignalSpy loadedMeeting(&store, &AsyncStore::meetingLoaded);
        store.openCurrentMeeting();
        QVERIFY(loadedMeeting.wait(30000));
        const MeetingData meeting = loadedMeeting.first().at(0).value<MeetingData>();
        QString first; // WG2's first document
        for (const Document &d : meeting.documents)
            if (meeting.effectiveWorkingGroup(d) == QLatin1String("WG2") && first.isEmpty())
                first = d.number;
        QVERIFY(!first.isEmpty());

        auto *w = new ReportWindow(&store, QStringLiteral("wg:WG2"));
        QPointer<ReportWindow> guard(w);
        QSignalSpy loaded(w, &ReportWindow::loaded);
        w->resize(1100, 700);
        w->show();
        QVERIFY(loaded.wait(15000));
        QPlainTextEdit *editor = w->editor();
        QVERIFY2(editor->toPlainText().startsWith(QStringLiteral("# Report of WG2")),
                 qPrintable(editor->toPlainText()));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("### ") + first));
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(w->isHighlighted(), Features::hasSyntaxHighlighting());
        QTRY_VERIFY(w->preview()->toPlainText().contains(QStringLiteral("Terms of reference")));
        QVERIFY(!w->preview()->toPlainText().contains(QStringLiteral("## "))); // rendered
        QVERIFY(w->windowTitle().startsWith(QStringLiteral("Report of WG2")));
        QVERIFY(w->wordCountLabel()->text().endsWith(QStringLiteral(" words")));
        // A new report is stored at once, text and base.
        QVERIFY(storedText(dir.path(), QStringLiteral("wg:WG2"))
                    .startsWith(QStringLiteral("# Report")));

        // The rapporteur writes under the summary: autosaved a moment later.
        QTextCursor end(editor->document());
        end.movePosition(QTextCursor::End);
        editor->setTextCursor(end);
        QSignalSpy saved(w, &ReportWindow::saved);
        QTest::keyClicks(editor, QStringLiteral("The group met twice."));
        editor->insertPlainText(QStringLiteral(" Отчёт одобрен.")); // typed by an input method
        QVERIFY(!w->isSaved());
        QVERIFY(saved.wait(5000));
        QVERIFY(w->isSaved());
        QVERIFY(storedText(dir.path(), QStringLiteral("wg:WG2"))
                    .contains(QStringLiteral("The group met twice. Отчёт одобрен.")));
        screenshot(w, QStringLiteral("report-editor"));

        // The plenary decides on the first document; Refresh brings it in
        // and keeps the summary.
        QSignalSpy recorded(&store, &AsyncStore::recorded);
        store.recordOutcome(
            outcomeOn(first, OutcomeStatus::Agreed, QStringLiteral("Agreed in plenary.")));
        QVERIFY(recorded.wait(10000));
        QSignalSpy refreshed(w, &ReportWindow::refreshed);
        action(w, QStringLiteral("Refresh from Session"))->trigger();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().at(1).toStringList(), QStringList());
        QVERIFY(editor->toPlainText().contains(
            QStringLiteral("- **Outcome:** Agreed: Agreed in plenary.")));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("The group met twice.")));
        // The refresh is one undo step.
        editor->undo();
        QVERIFY(!editor->toPlainText().contains(QStringLiteral("Agreed in plenary.")));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("The group met twice.")));
        editor->redo();
        QVERIFY(editor->toPlainText().contains(QStringLiteral("Agreed in plenary.")));

        // The rapporteur rewrites that outcome line; the plenary changes its
        // decision; the refresh leaves the rapporteur's line and says so.
        QString text = editor->toPlainText();
        text.replace(QStringLiteral("- **Outcome:** Agreed: Agreed in plenary."),
                     QStringLiteral("- **Outcome:** agreed after a long debate"));
        editor->selectAll();
        editor->insertPlainText(text);
        saved.clear();
        QVERIFY(saved.wait(5000));
        recorded.clear();
        store.recordOutcome(
            outcomeOn(first, OutcomeStatus::Postponed, QStringLiteral("To the next meeting.")));
        QVERIFY(recorded.wait(10000));
        QString told;
        answerNextBox(this, &told);
        refreshed.clear();
        action(w, QStringLiteral("Refresh from Session"))->trigger();
        QVERIFY(refreshed.wait(10000));
        QVERIFY2(told.contains(QStringLiteral("1 place that you had edited")), qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral("Postponed: To the next meeting.")),
                 qPrintable(told));
        QVERIFY(editor->toPlainText().contains(QStringLiteral("agreed after a long debate")));
        QVERIFY(!editor->toPlainText().contains(QStringLiteral("To the next meeting.")));

        // Find and replace: all at once, one undo step.
        w->findBar()->showReplace();
        QVERIFY(w->findBar()->isVisible());
        w->findBar()->findField()->setText(QStringLiteral("twice"));
        w->findBar()->replaceField()->setText(QStringLiteral("three times"));
        QCOMPARE(w->findBar()->replaceAll(), 1);
        QVERIFY(editor->toPlainText().contains(QStringLiteral("met three times")));
        editor->undo();
        QVERIFY(editor->toPlainText().contains(QStringLiteral("met twice")));
        editor->redo();
        w->findBar()->findField()->setText(QStringLiteral("three times"));
        editor->moveCursor(QTextCursor::Start);
        QVERIFY(w->findBar()->findNext());
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("three times"));
        w->findBar()->findField()->setText(QStringLiteral("no such words"));
        QVERIFY(!w->findBar()->findNext());

        // Export: the text on screen, saved first, goes out as a PDF.
        const QString pdf = dir.filePath(QStringLiteral("wg2.pdf"));
        QSignalSpy exported(w, &ReportWindow::exported);
        w->exportTo(ReportExporter::Format::Pdf, pdf);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(2).toString()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // A failed export says why, in the signal and to the rapporteur.
        exported.clear();
        told.clear();
        answerNextBox(this, &told);
        w->exportTo(ReportExporter::Format::Pdf, pdf + QStringLiteral("/cannot.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 30000);
        QCOMPARE(exported.size(), 1);
        QVERIFY(!exported.first().at(1).toBool());
        QVERIFY(exported.first().at(2).toString().contains(QStringLiteral("cannot.pdf")));
        QVERIFY2(told.contains(QStringLiteral("The report was not exported.")), qPrintable(told));

        // The last words typed before closing are in the store.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" Closing words."));
        w->close();
        QTRY_VERIFY(guard.isNull()); // deleted on close
        QTRY_VERIFY(storedText(dir.path(), QStringLiteral("wg:WG2"))
                        .endsWith(QStringLiteral("Closing words.")));
    }

    void reportsMenuOpensOneWindowPerReport() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(dir.path()));
        MainWindow w(&store, &settings);
        QSignalSpy shown(&w, &MainWindow::meetingShown);
        w.show();
        QVERIFY(shown.wait(30000));
        QAction *meetingReport = action(&w, QStringLiteral("Meeting Report"));
        QVERIFY(meetingReport);
        meetingReport->trigger();
        ReportWindow *report = w.findChild<ReportWindow *>();
        QVERIFY(report);
        QSignalSpy loaded(report, &ReportWindow::loaded);
        QVERIFY(loaded.wait(15000));
        QVERIFY(report->editor()->toPlainText().contains(
            QStringLiteral("## 2 Approval of draft agenda")));
        QCOMPARE(w.reports()->openReport(QStringLiteral("meeting")), report); // raised, not twice
        // One working-group report per group in the menu.
        for (const char *wg : {"WG1", "WG2", "WG3"}) {
            bool found = false;
            for (QAction *a : w.findChildren<QAction *>())
                found = found || a->text().startsWith(QLatin1String(wg));
            QVERIFY2(found, wg);
        }
        screenshot(report, QStringLiteral("meeting-report-editor"));

        // File -> Export -> My Notes goes through the same worker.
        QVERIFY(action(&w, QStringLiteral("My Notes...")));
        const QString notes = dir.filePath(QStringLiteral("notes.md"));
        QSignalSpy exported(&store, &AsyncStore::exportFinished);
        store.exportOutput(QStringLiteral("notes"), ReportExporter::Format::Markdown, notes);
        QVERIFY(exported.wait(10000));
        QVERIFY(exported.first().at(1).toBool());
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# My notes: First meeting of the ITU-T Focus Group"));
    }
};

QTEST_MAIN(TestReportWindow)
#include "tst_reportwindow.moc"
