// plenary-window-driver: Plenary's window, built as plenary's main builds it
// (AsyncStore and MainWindow on a data folder), driven as a chairman drives
// it, for tst_crashpoints, which kills it with SIGKILL at random points. It
// records outcomes through the session panel and lets the window publish
// them; each outcome the window shows as recorded is printed on stdout
// ("shown TEXT") before the next is recorded: what the chairman has seen.
//
//   plenary-window-driver --data-dir DIR --run R [--publish-to URL] [--seed S]
//       records "window run R outcome K", K = 1, 2, ..., after pauses of 0
//       to 600 ms, until it is killed;
//   plenary-window-driver --data-dir DIR --run R --finish [--publish-to URL]
//       records "window run R final" and exits once a publication of
//       everything has ended with no lock left (0), or after 60 s (1).
//
// Any message box the window puts up (a publishing error or conflict) is
// printed on stderr and ends the run with 4: a chairman would have seen it.
#include "AsyncStore.h"
#include "DataPaths.h"
#include "MainWindow.h"
#include "SessionPanel.h"
#include "Store.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>

#include <cstdio>
#include <memory>

using namespace Plenary;

namespace {

void say(FILE *to, const QString &line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), to);
    std::fflush(to); // before a kill can come
}

class Driver : public QObject {
public:
    Driver(const DataPaths &paths, AsyncStore *store, MainWindow *window)
        : m_paths(paths)
        , m_store(store)
        , m_window(window) {
        m_modalWatch.setInterval(20);
        connect(&m_modalWatch, &QTimer::timeout, this, &Driver::watchModal);
        m_modalWatch.start();
        connect(m_store, &AsyncStore::failed, this, [](const QString &error) {
            say(stderr, QStringLiteral("failed: ") + error);
            QCoreApplication::exit(3);
        });
        connect(m_store, &AsyncStore::publishFinished, this, &Driver::published);
    }

    int run = 0;
    bool finish = false;
    QString publishTo;
    QRandomGenerator random;

    void start() {
        if (m_started)
            return;
        m_started = true;
        if (!publishTo.isEmpty() && !startPublishing())
            return;
        recordNext();
    }

private:
    // Meeting > Publish Session To..., answered with the address.
    bool startPublishing() {
        QAction *publish = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>())
            if (a->text().remove(QLatin1Char('&')) == QLatin1String("Publish Session To..."))
                publish = a;
        if (!publish) {
            say(stderr, QStringLiteral("no Publish Session To... action"));
            QCoreApplication::exit(2);
            return false;
        }
        m_answer = publishTo;
        publish->trigger(); // the dialog is answered by watchModal()
        return true;
    }

    void watchModal() {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *input = qobject_cast<QInputDialog *>(modal); input && !m_answer.isEmpty()) {
            input->setTextValue(m_answer);
            m_answer.clear();
            input->accept();
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            say(stderr, QStringLiteral("message box: ") + box->text() + QLatin1Char(' ') +
                            box->informativeText());
            QCoreApplication::exit(4);
        }
    }

    // The session panel's form, as typed: a document under the current
    // item, "Noted", a text, Record Outcome.
    void recordNext() {
        SessionPanel *panel = m_window->sessionPanel();
        auto *subject = panel->findChild<QComboBox *>(QStringLiteral("outcomeSubject"));
        auto *status = panel->findChild<QComboBox *>(QStringLiteral("outcomeStatus"));
        auto *text = panel->findChild<QLineEdit *>(QStringLiteral("outcomeText"));
        auto *record = panel->findChild<QPushButton *>(QStringLiteral("recordOutcome"));
        if (!record->isEnabled() || subject->count() < 2) {
            say(stderr, QStringLiteral("the session panel cannot record (no current item?)"));
            QCoreApplication::exit(2);
            return;
        }
        ++m_count;
        m_pending = finish ? QStringLiteral("window run %1 final").arg(run)
                           : QStringLiteral("window run %1 outcome %2").arg(run).arg(m_count);
        subject->setCurrentIndex(1 + m_count % (subject->count() - 1));
        status->setCurrentIndex(status->findData(int(OutcomeStatus::Noted)));
        text->setText(m_pending);
        record->click();
        waitUntilShown();
    }

    void waitUntilShown() {
        auto *outcomes =
            m_window->sessionPanel()->findChild<QTreeWidget *>(QStringLiteral("sessionOutcomes"));
        for (int i = outcomes->topLevelItemCount() - 1; i >= 0; --i) {
            if (outcomes->topLevelItem(i)->text(3) != m_pending)
                continue;
            say(stdout, QStringLiteral("shown ") + m_pending);
            m_shown = true;
            if (finish)
                checkPublished();
            else
                QTimer::singleShot(int(random.bounded(600)), this, &Driver::recordNext);
            return;
        }
        QTimer::singleShot(2, this, &Driver::waitUntilShown);
    }

    void published(const PublishResult &result) {
        if (!result.ok)
            say(stderr, QStringLiteral("not published: ") + result.error);
        else if (finish && m_shown)
            checkPublished();
    }

    // Everything recorded is on the server and the lock is released, as
    // the store has it (read beside the window, as plenary-cli would).
    void checkPublished() {
        Store store(m_paths.databaseFile());
        if (!store.open())
            return;
        const auto link = store.sessionLink(store.currentMeetingId());
        if (link && !link->pending() && link->lockOwner.isEmpty() && link->lockToken.isEmpty())
            QCoreApplication::exit(0);
    }

    DataPaths m_paths;
    AsyncStore *m_store;
    MainWindow *m_window;
    QTimer m_modalWatch;
    QString m_answer;
    QString m_pending;
    int m_count = 0;
    bool m_started = false;
    bool m_shown = false;
};

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption run(QStringLiteral("run"), QString(), QStringLiteral("n"));
    const QCommandLineOption publishTo(QStringLiteral("publish-to"), QString(),
                                       QStringLiteral("url"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("n"),
                                  QStringLiteral("1"));
    const QCommandLineOption finish(QStringLiteral("finish"));
    parser.addOptions({dataDir, run, publishTo, seed, finish});
    parser.process(app);
    if (!parser.isSet(dataDir) || !parser.isSet(run)) {
        say(stderr, QStringLiteral("usage: plenary-window-driver --data-dir DIR --run R "
                                   "[--publish-to URL] [--seed S] [--finish]"));
        return 2;
    }

    const DataPaths paths = DataPaths::at(parser.value(dataDir));
    QSettings settings(paths.settingsFile(), QSettings::IniFormat);
    AsyncStore store(paths, std::make_unique<MemoryCredentialStore>());
    MainWindow window(&store, &settings);
    Driver driver(paths, &store, &window);
    driver.run = parser.value(run).toInt();
    driver.finish = parser.isSet(finish);
    driver.publishTo = parser.value(publishTo);
    driver.random.seed(parser.value(seed).toUInt());
    QObject::connect(&window, &MainWindow::meetingShown, &driver, &Driver::start);
    window.show();
    if (driver.finish)
        QTimer::singleShot(60000, &app, [] {
            say(stderr, QStringLiteral("not published within 60 s"));
            QCoreApplication::exit(1);
        });
    return app.exec();
}
