// SubmitDialog: the delegate's submission, against Apache mod_dav on
// 127.0.0.1, through AsyncStore's thread; offscreen.
#include "AsyncStore.h"
#include "Store.h"
#include "SubmitDialog.h"
#include "TestServer.h"
#include "Translations.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Plenary;
using namespace PlenaryTest;

namespace {
MeetingInfo demoMeeting(AsyncStore &store) {
    QSignalSpy loaded(&store, &AsyncStore::meetingLoaded);
    store.openCurrentMeeting();
    if (!loaded.wait(30000))
        qFatal("no meeting loaded");
    return loaded.at(0).at(0).value<MeetingData>().meeting;
}

void shoot(QWidget &w, const QString &name) {
    if (const QString dir = qEnvironmentVariable("PLENARY_SCREENSHOT_DIR"); !dir.isEmpty())
        w.grab().save(dir + QLatin1Char('/') + name);
}
} // namespace

class TestSubmitDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void previewAndDeadline() {
        QTemporaryDir data, local;
        AsyncStore store(DataPaths::at(data.path()));
        const MeetingInfo m = demoMeeting(store);
        QCOMPARE(m.documentPrefix, QStringLiteral("FG-Smart-I-"));
        // Three days before the 7 June 2010 deadline.
        SubmitDialog dialog(store, m, QDateTime(QDate(2010, 6, 4), QTime(12, 0), QTimeZone::utc()));
        auto *names = dialog.findChild<QLabel *>(QStringLiteral("names"));
        auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("submit"));
        auto *deadline = dialog.findChild<QLabel *>(QStringLiteral("deadline"));
        QVERIFY2(deadline->text().contains(QStringLiteral("3 days and 12 hours left")),
                 qPrintable(deadline->text()));
        QVERIFY(!submit->isEnabled());
        dialog.setFiles({local.filePath(QStringLiteral("draft.docx")),
                         local.filePath(QStringLiteral("slides.PDF"))});
        QVERIFY(!submit->isEnabled()); // no number yet
        dialog.setNumber(QStringLiteral("42"));
        QCOMPARE(names->text(), QStringLiteral("FG-Smart-I-0042.docx, FG-Smart-I-0042.pdf"));
        QVERIFY(submit->isEnabled());
        dialog.setNumber(QStringLiteral("forty-two"));
        QVERIFY2(names->text().contains(QStringLiteral("FG-Smart-I-0042")),
                 qPrintable(names->text()));
        QVERIFY(!submit->isEnabled());
        dialog.setNumber(QStringLiteral("42"));
        dialog.setFiles(dialog.files() << local.filePath(QStringLiteral("annex.docx")));
        QVERIFY2(names->text().contains(QStringLiteral("Two files")), qPrintable(names->text()));
        QVERIFY(!submit->isEnabled());

        // Late: by how much, said.
        SubmitDialog late(store, m, QDateTime(QDate(2010, 6, 10), QTime(1, 0), QTimeZone::utc()));
        QVERIFY2(late.findChild<QLabel *>(QStringLiteral("deadline"))
                     ->text()
                     .contains(QStringLiteral("passed 2 days and 1 hour ago")),
                 qPrintable(late.findChild<QLabel *>(QStringLiteral("deadline"))->text()));
    }

    void submitsAndRecords() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, data, local;
        QVERIFY(QDir(www.path()).mkpath(QStringLiteral("incoming")));
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QString path = local.filePath(QStringLiteral("Smart metering use cases.docx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300000, 's'));
        f.close();

        AsyncStore store(DataPaths::at(data.path()));
        const MeetingInfo m = demoMeeting(store);
        SubmitDialog dialog(store, m, QDateTime(QDate(2010, 6, 1), QTime(9, 0), QTimeZone::utc()));
        dialog.setFiles({path});
        dialog.setNumber(QStringLiteral("0051"));
        dialog.setFolder(server.url(QStringLiteral("/incoming/")).toString());
        dialog.show();
        shoot(dialog, QStringLiteral("submit-dialog.png"));
        QSignalSpy finished(&store, &AsyncStore::submissionFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("submit"))->click();
        QVERIFY(finished.wait(30000));
        const SubmissionResult r = finished.at(0).at(0).value<SubmissionResult>();
        QVERIFY2(r.ok, qPrintable(r.error));
        auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
        QVERIFY2(status->text().contains(QStringLiteral("FG-Smart-I-0051.docx")),
                 qPrintable(status->text()));
        shoot(dialog, QStringLiteral("submit-dialog-done.png"));
        QCOMPARE(QFileInfo(www.filePath(QStringLiteral("incoming/FG-Smart-I-0051.docx"))).size(),
                 300000);
        // Recorded in the store, for this meeting.
        Store check(DataPaths::at(data.path()).databaseFile());
        QVERIFY(check.open());
        const QList<SubmissionRecord> records = check.submissions(m.id);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).name, QStringLiteral("FG-Smart-I-0051.docx"));
        QCOMPARE(records.at(0).size, 300000);
        QCOMPARE(records.at(0).localPath, QFileInfo(path).absoluteFilePath());
    }
};

QTEST_MAIN(TestSubmitDialog)
#include "tst_submitdialog.moc"
