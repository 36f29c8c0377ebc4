// A delegate's window following the chairman's session on Apache mod_dav:
// changes arrive live, what the delegate is reading stays put, nothing can
// be edited, and following resumes after a restart. And the chairman's
// window: publishing from the menu, and a conflict settled in its dialog.
#include "AsyncStore.h"
#include "DemoMeeting.h"
#include "DocumentFilterModel.h"
#include "DocumentTableModel.h"
#include "DocumentTableView.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "SessionPanel.h"
#include "SessionPublisher.h"
#include "Store.h"
#include "TestServer.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace Plenary;
using namespace PlenaryTest;

namespace {
// Answers the next modal dialog of type T (shown by exec() inside a slot)
// with @p answer, polling because the dialog opens in a nested event loop.
template <typename T> void answerNextModal(QObject *context, std::function<void(T *)> answer) {
    auto *timer = new QTimer(context);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        }
    });
    timer->start(50);
}

QAction *menuAction(QWidget *window, const QString &text) {
    for (QAction *a : window->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}
} // namespace

class TestMainWindowFollow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installTranslators(qApp, QStringLiteral("en")); }

    void delegateFollowsLive() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, chairDir, delegateDir;
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/"));
        const QString mid = QStringLiteral("fg-smart-1");

        // The chairman, headless: publishes the demo session.
        Store chair(DataPaths::at(chairDir.path()).databaseFile());
        QVERIFY(chair.open());
        QVERIFY(DemoMeeting::ensureCurrentMeeting(chair, DataPaths::at(chairDir.path()), &error));
        QNetworkAccessManager nam;
        SessionPublisher publisher(chair, nam, mid);
        QVERIFY(publisher.connectTo(url, &error));
        QSignalSpy published(&publisher, &SessionPublisher::finished);
        publisher.publish();
        QVERIFY(published.wait(15000));

        // The delegate's window starts following.
        {
            QSettings settings(delegateDir.filePath(QStringLiteral("plenary.ini")),
                               QSettings::IniFormat);
            AsyncStore store(DataPaths::at(delegateDir.path()));
            MainWindow w(&store, &settings);
            QSignalSpy shown(&w, &MainWindow::meetingShown);
            w.resize(1280, 800);
            w.show();
            QVERIFY(shown.wait(30000));
            store.startFollowing(url, 300);
            QSignalSpy polled(&store, &AsyncStore::followPolled);
            QVERIFY(polled.wait(10000) || !polled.isEmpty());
            // Reading FG-Smart-I-0020, scrolled to it.
            const QString reading = QStringLiteral("FG-Smart-I-0020");
            const QModelIndex row = w.filterModel()->mapFromSource(
                w.documentModel()->index(w.documentModel()->rowOf(reading), 0));
            w.documentView()->setCurrentIndex(row);
            w.documentView()->scrollTo(row);
            const int scroll = w.documentView()->verticalScrollBar()->value();

            // The chairman allocates and records; within a poll the window has it.
            QVERIFY(chair.setAllocation(mid, QStringLiteral("FG-Smart-I-0012"),
                                        {QStringLiteral("WG2"), QStringLiteral("8")}));
            Outcome o;
            o.agendaItem = QStringLiteral("8");
            o.documents = {QStringLiteral("FG-Smart-I-0012")};
            o.status = OutcomeStatus::Revised;
            o.target = chair.nextFreeNumber(mid);
            QVERIFY(chair.addOutcome(mid, o) > 0);
            QVERIFY(chair.setCurrentItem(mid, QStringLiteral("8")));
            published.clear();
            publisher.publish();
            QVERIFY(published.wait(15000));
            QTRY_COMPARE_WITH_TIMEOUT(w.documentModel()->rowCount(), 37, 10000);
            QTRY_COMPARE(w.documentModel()
                             ->index(w.documentModel()->rowOf(QStringLiteral("FG-Smart-I-0012")),
                                     DocumentTableModel::WorkingGroupColumn)
                             .data()
                             .toString(),
                         QStringLiteral("WG2"));
            QTRY_VERIFY(w.statusBar()->currentMessage().contains(
                QStringLiteral("8: FG-Smart-I-0012 allocated to WG2")));
            // Still reading the same document, at the same place.
            QCOMPARE(
                w.documentView()->currentIndex().data(DocumentTableModel::NumberRole).toString(),
                reading);
            QCOMPARE(w.documentView()->verticalScrollBar()->value(), scroll);

            // Read-only: no recording, no agenda moves, no drops.
            QVERIFY(w.session()->isReadOnly());
            QVERIFY(!w.sessionPanel()
                         ->findChild<QPushButton *>(QStringLiteral("recordOutcome"))
                         ->isEnabled());
            QCOMPARE(w.agendaView()->dragDropMode(), QAbstractItemView::NoDragDrop);
            const int before = w.session()->undoStack()->count();
            w.session()->allocateToWorkingGroup({reading}, QStringLiteral("WG3"));
            QCOMPARE(w.session()->undoStack()->count(), before);
        }
        // Restarted, the window resumes following by itself.
        {
            QSettings settings(delegateDir.filePath(QStringLiteral("plenary.ini")),
                               QSettings::IniFormat);
            AsyncStore store(DataPaths::at(delegateDir.path()));
            MainWindow w(&store, &settings);
            QSignalSpy polled(&store, &AsyncStore::followPolled);
            w.show();
            QVERIFY(polled.wait(15000) || !polled.isEmpty());
            QVERIFY(w.session()->isReadOnly());
            // Stop Following is remembered too.
            store.stopFollowing();
            QTRY_VERIFY(!w.session()->isReadOnly());
        }
        {
            Store check(DataPaths::at(delegateDir.path()).databaseFile());
            QVERIFY(check.open());
            QVERIFY(!check.sessionLink(mid));
        }
    }

    void chairmanPublishesAndSettlesAConflict() {
        if (const QString missing = TestServer::missing(TestServer::ApacheDav); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QTemporaryDir www, chairDir, viceDir;
        TestServer server(TestServer::ApacheDav);
        QString error;
        QVERIFY2(server.start(www.path(), &error), qPrintable(error));
        const QUrl url = server.url(QStringLiteral("/"));
        const QString mid = QStringLiteral("fg-smart-1");
        const QString doc = QStringLiteral("FG-Smart-I-0013");

        QSettings settings(chairDir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
        AsyncStore store(DataPaths::at(chairDir.path()));
        MainWindow w(&store, &settings);
        QSignalSpy shown(&w, &MainWindow::meetingShown);
        w.show();
        QVERIFY(shown.wait(30000));
        QLabel *status = w.session()->statusLabel();

        // Publish Session To... asks for the folder, then publishes.
        answerNextModal<QInputDialog>(this, [&url](QInputDialog *d) {
            QCOMPARE(d->windowTitle(), QStringLiteral("Publish Session"));
            d->setTextValue(url.toString());
            d->accept();
        });
        QAction *publish = menuAction(&w, QStringLiteral("P&ublish Session To..."));
        QVERIFY(publish);
        publish->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Published")), 15000);

        // A vice-chairman, headless, starts from the published state and
        // allocates the document to WG1; the chairman meanwhile to WG2.
        Store vice(DataPaths::at(viceDir.path()).databaseFile());
        QVERIFY(vice.open());
        QVERIFY(DemoMeeting::ensureCurrentMeeting(vice, DataPaths::at(viceDir.path()), &error));
        QNetworkAccessManager nam;
        SessionPublisher vicePublisher(vice, nam, mid);
        QVERIFY(vicePublisher.connectTo(url, &error));
        QSignalSpy viceDone(&vicePublisher, &SessionPublisher::finished);
        vicePublisher.publish();
        QVERIFY(viceDone.wait(15000));
        QVERIFY(viceDone.last().at(0).value<PublishResult>().ok);
        QVERIFY(vice.setAllocation(mid, doc, {QStringLiteral("WG1"), {}}));
        viceDone.clear();
        vicePublisher.publish();
        QVERIFY(viceDone.wait(15000));
        QVERIFY(viceDone.last().at(0).value<PublishResult>().ok);

        // The chairman's change meets the vice-chairman's: the dialog names
        // the conflict, and "Keep Mine" publishes the chairman's side.
        QString conflictText;
        answerNextModal<QMessageBox>(this, [&conflictText](QMessageBox *box) {
            QCOMPARE(box->windowTitle(), QStringLiteral("Publishing Conflict"));
            QCOMPARE(box->textFormat(), Qt::PlainText);
            conflictText = box->informativeText();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == QStringLiteral("Keep Mine"))
                    b->click();
        });
        w.session()->allocateToWorkingGroup({doc}, QStringLiteral("WG2"));
        QTRY_VERIFY_WITH_TIMEOUT(!conflictText.isEmpty(), 15000);
        QVERIFY2(conflictText.contains(doc), qPrintable(conflictText));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Published")), 15000);

        // The server has the chairman's side; the vice-chairman, with
        // nothing new to send, reads it.
        viceDone.clear();
        vicePublisher.publish();
        QVERIFY(viceDone.wait(15000));
        QCOMPARE(vice.loadMeeting(mid)->allocations.value(doc).workingGroup, QStringLiteral("WG2"));
    }
};

QTEST_MAIN(TestMainWindowFollow)
#include "tst_mainwindowfollow.moc"
