// NotesPanel offscreen: notes and positions on the document in front,
// following its revisions and marked when they are on an earlier version;
// typing is written once (no second insert while the first is under way),
// an emptied note is removed; and in the window, through the store, notes
// survive a restart and mark the document in the library.
#include "AsyncStore.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "DocumentTableView.h"
#include "MainWindow.h"
#include "NotesPanel.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Plenary;

Q_DECLARE_METATYPE(std::optional<Plenary::Position>)

namespace {
// FG-Smart-I-0002 revises FG-Smart-I-0001; notes were taken on the first.
MeetingData revisedMeeting() {
    MeetingData m;
    m.meeting.id = QStringLiteral("m");
    Document first;
    first.number = QStringLiteral("FG-Smart-I-0001");
    first.title = QStringLiteral("Draft <b>terms</b>");
    first.files = {{QStringLiteral("FG-Smart-I-0001.pdf"),
                    10,
                    {},
                    QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc())}};
    Document second;
    second.number = QStringLiteral("FG-Smart-I-0002");
    second.title = QStringLiteral("Revised terms");
    second.replaces = first.number;
    m.documents = {first, second};
    const QDateTime before(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()); // before the file
    const QDateTime after(QDate(2026, 3, 3), QTime(12, 0), QTimeZone::utc());
    m.notes = {{1, first.number, -1, QStringLiteral("Ask about scope"), before},
               {2, first.number, 2, QStringLiteral("Figure 3 is wrong"), after}};
    m.positions.insert(first.number, Position::Support);
    return m;
}

QStringList labels(QListWidget *list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

void typeInto(QPlainTextEdit *editor, const QString &text) {
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
}
} // namespace

class TestNotesPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        installTranslators(qApp, QStringLiteral("en"));
        qRegisterMetaType<std::optional<Plenary::Position>>();
    }

    void notesFollowRevisions() {
        NotesPanel panel;
        panel.setMeeting(revisedMeeting());
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"));
        QVERIFY(panel.isEnabled());
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("notesTitle"))->textFormat(),
                 Qt::PlainText);
        const QStringList rows = labels(panel.noteList());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0), QStringLiteral("Whole document"));
        QCOMPARE(rows.at(1), QStringLiteral("From FG-Smart-I-0001, whole document (earlier "
                                            "version): Ask about scope"));
        QCOMPARE(rows.at(2), QStringLiteral("From FG-Smart-I-0001, page 3: Figure 3 is wrong"));
        // The position taken on the earlier document, said so.
        QCOMPARE(panel.positionBox()->currentText(), QStringLiteral("Support"));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("positionFrom"))->text(),
                 QStringLiteral("Taken on FG-Smart-I-0001, an earlier version."));
        // Chosen: its text, and where it comes from.
        panel.noteList()->setCurrentRow(1);
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("Ask about scope"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("noteStatus"))
                    ->text()
                    .contains(QStringLiteral("FG-Smart-I-0001")));

        // On the first document itself: the note written before its file
        // is marked as being on an earlier version.
        panel.showDocument(QStringLiteral("FG-Smart-I-0001"));
        QCOMPARE(labels(panel.noteList()).first(),
                 QStringLiteral("Whole document (earlier version): Ask about scope"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("noteStatus"))
                    ->text()
                    .contains(QStringLiteral("earlier version")));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("positionFrom"))->text().isEmpty());

        // Nothing selected: nothing to write on.
        panel.showDocument({});
        QVERIFY(!panel.isEnabled());
    }

    void typingIsWrittenOnce() {
        NotesPanel panel;
        panel.show();
        panel.setMeeting(revisedMeeting());
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"));
        QSignalSpy save(&panel, &NotesPanel::saveNoteRequested);
        QSignalSpy remove(&panel, &NotesPanel::removeNoteRequested);
        typeInto(panel.editor(), QStringLiteral("Support, with changes"));
        QVERIFY(save.isEmpty()); // a moment after typing stops
        QTRY_COMPARE(save.size(), 1);
        Note written = save.first().first().value<Note>();
        QCOMPARE(written.id, 0);
        QCOMPARE(written.document, QStringLiteral("FG-Smart-I-0002"));
        QCOMPARE(written.page, -1);
        QCOMPARE(written.text, QStringLiteral("Support, with changes"));
        // More typing before the store has answered: no second new note.
        typeInto(panel.editor(), QStringLiteral(" in 6.2"));
        QTest::qWait(1200);
        QCOMPARE(save.size(), 1);
        written.id = 41;
        written.updated = QDateTime::currentDateTimeUtc();
        panel.noteSaved(written);
        QCOMPARE(save.size(), 2);
        QCOMPARE(save.last().first().value<Note>().id, 41);
        QCOMPARE(save.last().first().value<Note>().text,
                 QStringLiteral("Support, with changes in 6.2"));
        // Emptied: removed.
        panel.editor()->selectAll();
        QTest::keyClick(panel.editor(), Qt::Key_Delete);
        QTRY_COMPARE(remove.size(), 1);
        QCOMPARE(remove.first().first().toLongLong(), 41);
    }

    void typingWhileTheStoreAnswers() {
        NotesPanel panel;
        panel.show();
        panel.setMeeting(revisedMeeting());
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"));
        QSignalSpy save(&panel, &NotesPanel::saveNoteRequested);
        typeInto(panel.editor(), QStringLiteral("First"));
        QTRY_COMPARE(save.size(), 1);
        // Typed on while the insert is under way, then another document.
        typeInto(panel.editor(), QStringLiteral(" second"));
        panel.showDocument(QStringLiteral("FG-Smart-I-0001"));
        QCOMPARE(save.size(), 1); // no second insert
        Note stored = save.first().first().value<Note>();
        stored.id = 7;
        stored.updated = QDateTime::currentDateTimeUtc();
        panel.noteSaved(stored);
        QCOMPARE(save.size(), 2); // what was typed meanwhile, on the note with its id
        QCOMPARE(save.last().first().value<Note>().id, 7);
        QCOMPARE(save.last().first().value<Note>().text, QStringLiteral("First second"));

        // The store's answer with the same text leaves the cursor alone.
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"));
        MeetingData m = revisedMeeting();
        m.notes << Note{7, QStringLiteral("FG-Smart-I-0002"), -1, QStringLiteral("First second"),
                        QDateTime::currentDateTimeUtc()};
        panel.setNotes(m.notes, m.positions); // answers to the two writes
        panel.setNotes(m.notes, m.positions);
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("First second"));
        typeInto(panel.editor(), QStringLiteral(" third"));
        const int cursor = panel.editor()->textCursor().position();
        QTRY_COMPARE(save.size(), 3);
        QCOMPARE(save.last().first().value<Note>().id, 7);
        m.notes.last().text = QStringLiteral("First second third");
        panel.setNotes(m.notes, m.positions);
        QCOMPARE(panel.editor()->textCursor().position(), cursor);
        QCOMPARE(panel.editor()->toPlainText(), QStringLiteral("First second third"));
    }

    void aFailedWriteIsTriedAgain() {
        NotesPanel panel;
        panel.show();
        panel.setMeeting(revisedMeeting());
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"));
        QSignalSpy save(&panel, &NotesPanel::saveNoteRequested);
        typeInto(panel.editor(), QStringLiteral("Lost?"));
        QTRY_COMPARE(save.size(), 1);
        panel.noteWriteFailed(QStringLiteral("disk full"));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("noteStatus"))
                    ->text()
                    .contains(QStringLiteral("disk full")));
        // Not stuck waiting for an id that never comes: the next change
        // writes the whole note again, as a new one.
        typeInto(panel.editor(), QStringLiteral(" No."));
        QTRY_COMPARE(save.size(), 2);
        QCOMPARE(save.last().first().value<Note>().id, 0);
        QCOMPARE(save.last().first().value<Note>().text, QStringLiteral("Lost? No."));
    }

    void pageNotesAndPosition() {
        NotesPanel panel;
        panel.show();
        panel.setMeeting(revisedMeeting());
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"), -1);
        QVERIFY(!panel.pageNoteButton()->isEnabled()); // not open in a reader
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"), 4);
        QVERIFY(panel.pageNoteButton()->isEnabled());
        QCOMPARE(panel.pageNoteButton()->text(), QStringLiteral("Note on Page 5"));
        QSignalSpy save(&panel, &NotesPanel::saveNoteRequested);
        panel.pageNoteButton()->click();
        QCOMPARE(panel.noteList()->currentItem()->text(), QStringLiteral("Page 5"));
        typeInto(panel.editor(), QStringLiteral("Table 2"));
        panel.saveNow();
        QCOMPARE(save.size(), 1);
        QCOMPARE(save.first().first().value<Note>().page, 4);

        // A page note chosen turns the reader there.
        QSignalSpy page(&panel, &NotesPanel::pageRequested);
        panel.showDocument(QStringLiteral("FG-Smart-I-0002"), 0);
        panel.noteList()->setCurrentRow(0);
        QCOMPARE(page.size(), 0); // the whole document: no page to turn to
        panel.noteList()->setCurrentRow(panel.noteList()->count() - 1);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().at(1).toInt(), 4);

        QSignalSpy position(&panel, &NotesPanel::positionRequested);
        panel.positionBox()->setFocus();
        const int object = panel.positionBox()->findData(int(Position::Object));
        panel.positionBox()->setCurrentIndex(object);
        emit panel.positionBox()->activated(object);
        QCOMPARE(position.size(), 1);
        QCOMPARE(position.first().at(0).toString(), QStringLiteral("FG-Smart-I-0002"));
        QCOMPARE(position.first().at(1).value<std::optional<Position>>(), Position::Object);
    }

    void inTheWindowNotesSurviveARestart() {
        QTemporaryDir dir;
        const DataPaths paths = DataPaths::at(dir.path());
        QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        const QString number = QStringLiteral("FG-Smart-I-0012");
        {
            AsyncStore store(paths);
            MainWindow w(&store, &settings);
            QSignalSpy shown(&w, &MainWindow::meetingShown);
            w.show();
            QVERIFY(shown.wait(30000));
            const int row = w.documentModel()->rowOf(number);
            w.documentView()->setCurrentIndex(
                w.filterModel()->mapFromSource(w.documentModel()->index(row, 0)));
            QCOMPARE(w.notesPanel()->document(), number);
            w.notesDock()->show();
            w.notesDock()->raise();
            QSignalSpy saved(&store, &AsyncStore::noteSaved);
            typeInto(w.notesPanel()->editor(), QStringLiteral("Ask NTT about charging"));
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
            QTRY_VERIFY(
                w.documentModel()->index(row, 0).data(DocumentTableModel::NotesRole).toBool());
            w.close(); // as when quitting
        }
        AsyncStore store(paths);
        MainWindow w(&store, &settings);
        QSignalSpy shown(&w, &MainWindow::meetingShown);
        w.show();
        QVERIFY(shown.wait(30000));
        const int row = w.documentModel()->rowOf(number);
        QVERIFY(w.documentModel()->index(row, 0).data(DocumentTableModel::NotesRole).toBool());
        w.documentView()->setCurrentIndex(
            w.filterModel()->mapFromSource(w.documentModel()->index(row, 0)));
        QCOMPARE(w.notesPanel()->editor()->toPlainText(), QStringLiteral("Ask NTT about charging"));
        if (const QString shots = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR");
            !shots.isEmpty()) {
            w.resize(1400, 850);
            w.notesDock()->raise();
            QTest::qWait(200);
            w.grab().save(shots + QStringLiteral("/notes-panel.png"));
        }
    }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
