#include "Clock.h"
#include "Store.h"
#include "StoreSchema.h"
#include "TestUtil.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Plenary;

class TestStore : public QObject {
    Q_OBJECT

    QString dbPath(const QTemporaryDir &dir) const {
        return dir.filePath(QStringLiteral("plenary.sqlite"));
    }

    static QString pragma(const QString &path, const QString &name) {
        QString value;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next())
                    value = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return value;
    }

private Q_SLOTS:
    void opensWithWalAndLatestSchema() {
        QTemporaryDir dir;
        Store store(dbPath(dir));
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), StoreSchema::latestVersion());
        QVERIFY(store.meetingIds().isEmpty());
        QVERIFY(store.currentMeetingId().isEmpty());
        QCOMPARE(pragma(dbPath(dir), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    }

    void importAndLoadRoundTrip() {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc()));
        Store store(dbPath(dir), &clock);
        QVERIFY(store.open());
        const MeetingData m = PlenaryTest::sampleMeeting();
        QVERIFY2(store.importMeeting(m), qPrintable(store.lastError()));
        QCOMPARE(store.currentMeetingId(), m.meeting.id);
        const auto loaded = store.loadMeeting(m.meeting.id);
        QVERIFY2(loaded, qPrintable(store.lastError()));
        QCOMPARE(loaded->meeting, m.meeting);
        QCOMPARE(loaded->agenda, m.agenda);
        QCOMPARE(loaded->workingGroups, m.workingGroups);
        QCOMPARE(loaded->documents.size(), m.documents.size());
        for (int i = 0; i < m.documents.size(); ++i)
            QCOMPARE(loaded->documents.at(i), m.documents.at(i));
    }

    void sessionStateAndNotesRoundTrip() {
        QTemporaryDir dir;
        Store store(dbPath(dir));
        QVERIFY(store.open());
        const MeetingData m = PlenaryTest::sampleMeeting();
        QVERIFY(store.importMeeting(m));
        const QString id = m.meeting.id;
        const QString n1 = m.documents[0].number;

        QVERIFY(store.setAllocation(id, n1, {QStringLiteral("WP2"), QStringLiteral("3")}));
        Outcome o{0,
                  QStringLiteral("u-1"),
                  QStringLiteral("2.a"),
                  {n1},
                  OutcomeStatus::Revised,
                  m.documents[1].number,
                  QStringLiteral("Revised in C-0002"),
                  QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc())};
        const qint64 oid = store.addOutcome(id, o);
        QVERIFY(oid > 0);
        LiaisonStatement ls;
        ls.id = QStringLiteral("LS-1");
        ls.title = QStringLiteral("Reply to ETSI on smart meters");
        ls.questions = {QStringLiteral("Q1/17")};
        ls.to = {QStringLiteral("ETSI TC SmartM2M"), QStringLiteral("IEC SMB SG 3")};
        ls.cc = {QStringLiteral("3GPP SA3")};
        ls.purpose = QStringLiteral("action");
        ls.from = QStringLiteral("ITU-T SG17");
        ls.approval = QStringLiteral("Agreed to at the SG17 meeting, Geneva, 13 March 2026");
        ls.deadline = QDate(2026, 6, 1);
        ls.contact = {QStringLiteral("Ann"), QStringLiteral("Org"),
                      QStringLiteral("a@example.org")};
        ls.body = QStringLiteral("Body\nwith lines — and ünïcödé");
        ls.attachments = {n1};
        ls.officer = QStringLiteral("Bob");
        ls.status = LiaisonStatus::ApprovedByConsensus;
        QVERIFY(store.saveLiaison(id, ls));
        Note note{0, n1, 3, QStringLiteral("Check figure 2"),
                  QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc())};
        const qint64 nid = store.saveNote(id, note);
        QVERIFY(nid > 0);

        auto loaded = store.loadMeeting(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->allocations.value(n1),
                 (Allocation{QStringLiteral("WP2"), QStringLiteral("3")}));
        QCOMPARE(loaded->outcomes.size(), 1);
        o.id = oid;
        QCOMPARE(loaded->outcomes[0], o);
        QCOMPARE(loaded->liaisons.size(), 1);
        QCOMPARE(loaded->liaisons[0], ls);
        note.id = nid;
        QCOMPARE(loaded->notes.value(0), note);

        // Updating a note keeps its id; an unknown id is an error.
        note.text = QStringLiteral("Figure 2 is fine");
        QCOMPARE(store.saveNote(id, note), nid);
        Note ghost = note;
        ghost.id = 9999;
        QCOMPARE(store.saveNote(id, ghost), qint64(0));
        QVERIFY(store.lastError().contains(QStringLiteral("9999")));

        // Clearing an allocation removes it.
        QVERIFY(store.setAllocation(id, n1, {}));
        loaded = store.loadMeeting(id);
        QVERIFY(!loaded->allocations.contains(n1));
        QCOMPARE(loaded->notes.value(0).text, QStringLiteral("Figure 2 is fine"));

        // An allocation of an unknown document violates the foreign key.
        QVERIFY(
            !store.setAllocation(id, QStringLiteral("no-such-doc"), {QStringLiteral("WP1"), {}}));
        QVERIFY(!store.lastError().isEmpty());
    }

    void reimportKeepsSessionState() {
        QTemporaryDir dir;
        Store store(dbPath(dir));
        QVERIFY(store.open());
        MeetingData m = PlenaryTest::sampleMeeting();
        QVERIFY(store.importMeeting(m));
        const QString n1 = m.documents[0].number;
        QVERIFY(store.setAllocation(m.meeting.id, n1, {QStringLiteral("WP2"), {}}));
        QVERIFY(store.saveNote(m.meeting.id, Note{0, n1, -1, QStringLiteral("mine"), {}}) > 0);

        m.documents[0].title = QStringLiteral("New title");
        m.documents.removeLast(); // gone from the new manifest
        m.agenda.removeLast();
        QVERIFY(store.importMeeting(m));
        const auto loaded = store.loadMeeting(m.meeting.id);
        QCOMPARE(loaded->documents.size(), 3); // kept: it may carry notes
        QCOMPARE(loaded->document(n1)->title, QStringLiteral("New title"));
        QCOMPARE(loaded->agenda.size(), 2);
        QCOMPARE(loaded->allocations.value(n1).workingGroup, QStringLiteral("WP2"));
        QCOMPARE(loaded->notes.size(), 1);
    }

    void failedImportChangesNothing() {
        QTemporaryDir dir;
        Store store(dbPath(dir));
        QVERIFY(store.open());
        const MeetingData good = PlenaryTest::sampleMeeting();
        QVERIFY(store.importMeeting(good));

        // Two files of one name violate the primary key half-way through the
        // import; the transaction must leave the earlier meeting untouched.
        MeetingData bad = good;
        bad.meeting.title = QStringLiteral("Changed");
        bad.documents[0].title = QStringLiteral("Changed too");
        bad.documents[1].files = {DocumentFile{QStringLiteral("x.pdf"), 1, {}, {}},
                                  DocumentFile{QStringLiteral("x.pdf"), 2, {}, {}}};
        QVERIFY(!store.importMeeting(bad));
        QVERIFY(!store.lastError().isEmpty());
        const auto loaded = store.loadMeeting(good.meeting.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->meeting.title, good.meeting.title);
        QCOMPARE(loaded->documents[0].title, good.documents[0].title);
        QVERIFY(loaded->documents[1].files.isEmpty());

        MeetingData noId;
        QVERIFY(!store.importMeeting(noId));
    }

    void currentMeetingFollowsImportsAndChoice() {
        QTemporaryDir dir;
        Store store(dbPath(dir));
        QVERIFY(store.open());
        MeetingData a = PlenaryTest::sampleMeeting();
        MeetingData b = a;
        b.meeting.id = QStringLiteral("other");
        b.meeting.start = QDate(2027, 1, 1);
        QVERIFY(store.importMeeting(a));
        QVERIFY(store.importMeeting(b));
        QCOMPARE(store.currentMeetingId(), QStringLiteral("other"));
        QCOMPARE(store.meetingIds(), QStringList({a.meeting.id, QStringLiteral("other")}));
        QVERIFY(store.setCurrentMeetingId(a.meeting.id));
        QCOMPARE(store.currentMeetingId(), a.meeting.id);
        QVERIFY(!store.loadMeeting(QStringLiteral("nope")));
        QVERIFY(store.lastError().contains(QStringLiteral("nope")));
    }

    void migratesFromVersionOne() {
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        // Build a version-1 database by hand, as an early Plenary left it.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : StoreSchema::steps().at(0))
                QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO meetings (id, title, start_date, imported_at) VALUES "
                "('old', 'An older meeting', '2009-01-12', '2009-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO agenda_items VALUES ('old', '1', NULL, 0, 'Opening')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO documents (meeting_id, number, position, title, type) VALUES "
                "('old', 'C-1', 0, 'Old contribution', 'contribution')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO meta VALUES ('current_meeting', 'old')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        Store store(path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        QCOMPARE(store.schemaVersion(), StoreSchema::latestVersion());
        QCOMPARE(store.currentMeetingId(), QStringLiteral("old"));
        const auto m = store.loadMeeting(QStringLiteral("old"));
        QVERIFY2(m, qPrintable(store.lastError()));
        QCOMPARE(m->meeting.title, QStringLiteral("An older meeting"));
        QCOMPARE(m->documents.value(0).title, QStringLiteral("Old contribution"));
        QCOMPARE(m->agenda.value(0).title, QStringLiteral("Opening"));
        // The tables of the later steps now work.
        QVERIFY(store.addOutcome(QStringLiteral("old"), Outcome{0,
                                                                {},
                                                                QStringLiteral("1"),
                                                                {QStringLiteral("C-1")},
                                                                OutcomeStatus::Noted,
                                                                {},
                                                                {},
                                                                {}}) > 0);
        QVERIFY(store.saveNote(QStringLiteral("old"),
                               Note{0, QStringLiteral("C-1"), -1, QStringLiteral("n"), {}}) > 0);
    }

    void refusesANewerSchema() {
        QTemporaryDir dir;
        {
            Store store(dbPath(dir));
            QVERIFY(store.open());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(dbPath(dir));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        Store store(dbPath(dir));
        QVERIFY(!store.open());
        QVERIFY2(store.lastError().contains(QStringLiteral("newer")),
                 qPrintable(store.lastError()));
        QCOMPARE(pragma(dbPath(dir), QStringLiteral("user_version")),
                 QStringLiteral("99")); // untouched
    }

    void refusesAFileThatIsNotADatabase() {
        QTemporaryDir dir;
        QFile f(dbPath(dir));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        Store store(dbPath(dir));
        QVERIFY(!store.open());
        QVERIFY2(store.lastError().contains(QStringLiteral("not a Plenary database")),
                 qPrintable(store.lastError()));
        QCOMPARE(PlenaryTest::readAll(dbPath(dir)), QByteArray(8192, 'x')); // nothing overwritten
    }

    void writesSurviveSigkill() {
        // A child records outcomes and notes and says "recorded N" after each
        // write call returned. We kill it with SIGKILL at random points; every
        // write it reported must be in the database afterwards.
        QTemporaryDir dir;
        const QString path = dbPath(dir);
        int next = 0;
        QList<int> reported; // across all rounds
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            child.start(QStringLiteral(PLENARY_STORE_WRITER), {path, QString::number(next)});
            QVERIFY(child.waitForStarted());
            const int killAfter = 1 + int(rng->bounded(40));
            int lines = 0;
            QByteArray pending;
            while (lines < killAfter) {
                QVERIFY2(child.waitForReadyRead(20000), "the writer stopped writing");
                pending += child.readAllStandardOutput();
                qsizetype nl;
                while ((nl = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(nl);
                    pending.remove(0, nl + 1);
                    QVERIFY(line.startsWith("recorded "));
                    reported << line.mid(9).toInt();
                    ++lines;
                }
            }
            child.kill(); // SIGKILL on Unix
            QVERIFY(child.waitForFinished());
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            Store store(path);
            QVERIFY2(store.open(), qPrintable(store.lastError()));
            QCOMPARE(pragma(path, QStringLiteral("integrity_check")), QStringLiteral("ok"));
            const auto m = store.loadMeeting(QStringLiteral("durability"));
            QVERIFY(m);
            QSet<QString> outcomes, notes;
            for (const Outcome &o : m->outcomes)
                outcomes.insert(o.text);
            for (const Note &n : m->notes)
                notes.insert(n.text);
            for (int i : std::as_const(reported)) {
                QVERIFY2(outcomes.contains(QStringLiteral("outcome %1").arg(i)),
                         qPrintable(QString::number(i)));
                QVERIFY2(notes.contains(QStringLiteral("note %1").arg(i)),
                         qPrintable(QString::number(i)));
            }
            QVERIFY(!reported.isEmpty());
            next = 100000 * (round + 1); // fresh texts for the next child
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
