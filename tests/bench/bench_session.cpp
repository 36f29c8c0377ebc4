// Session benchmarks (docs/benchmarks.md):
//  1. allocating one contribution, and moving 200 at once, in a meeting of
//     5,000 documents and 150 agenda items: the time for the window's models
//     and views to take the change in (MainWindow's sessionChanged path, then
//     a repaint of the visible views), offscreen;
//  2. publish-to-follower latency on loopback: a chairman records and
//     publishes to Apache mod_dav, a delegate polling every 5 s (the default)
//     has the change in its store; and the publication alone.
//
//   QT_QPA_PLATFORM=offscreen plenary-bench-session [RUNS=200] [LATENCY_RUNS=10]
#include "AsyncStore.h"
#include "DataPaths.h"
#include "DemoMeeting.h"
#include "DocumentTableView.h"
#include "MainWindow.h"
#include "SessionFollower.h"
#include "SessionPublisher.h"
#include "Store.h"
#include "TestServer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Plenary;

namespace {

MeetingData bigMeeting() {
    MeetingData m;
    m.meeting.id = QStringLiteral("bench");
    m.meeting.title = QStringLiteral("Benchmark meeting");
    m.meeting.documentPrefix = QStringLiteral("R1-26");
    for (int i = 1; i <= 3; ++i)
        m.workingGroups << WorkingGroup{
            QStringLiteral("WG%1").arg(i), QStringLiteral("Working group %1").arg(i), {}, {}};
    // 150 items: 30 top-level items with 4 sub-items each.
    for (int i = 1; i <= 30; ++i) {
        AgendaItem top{QString::number(i), QStringLiteral("Agenda item %1").arg(i), {}};
        for (int j = 1; j <= 4; ++j)
            top.items << AgendaItem{QStringLiteral("%1.%2").arg(i).arg(j),
                                    QStringLiteral("Sub-item %1.%2").arg(i).arg(j),
                                    {}};
        m.agenda << top;
    }
    const QList<const AgendaItem *> flat = m.flatAgenda();
    for (int i = 0; i < 5000; ++i) {
        Document d;
        d.number = QStringLiteral("R1-26%1").arg(i, 5, 10, QLatin1Char('0'));
        d.title = QStringLiteral("Discussion on topic %1 of the study item").arg(i % 97);
        d.source = QStringLiteral("Company %1").arg(i % 61);
        d.agendaItems = {flat.at(i % flat.size())->id};
        d.workingGroup = m.workingGroups.at(i % 3).id;
        m.documents << d;
    }
    return m;
}

struct Stats {
    double median, p95, max;
};
Stats stats(QList<double> v) {
    std::sort(v.begin(), v.end());
    return {v.at(v.size() / 2), v.at(qMin(v.size() - 1, qsizetype(v.size() * 0.95))), v.last()};
}

void repaint(MainWindow &w) {
    w.documentView()->viewport()->repaint();
    w.agendaView()->viewport()->repaint();
    w.workingGroupView()->viewport()->repaint();
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    const int latencyRuns = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10;

    // 1. Models and views.
    QTemporaryDir dir;
    const DataPaths paths = DataPaths::at(dir.path());
    const MeetingData meeting = bigMeeting();
    {
        Store store(paths.databaseFile());
        if (!store.open() || !store.importMeeting(meeting))
            qFatal("cannot store the meeting");
    }
    QSettings settings(dir.filePath(QStringLiteral("plenary.ini")), QSettings::IniFormat);
    AsyncStore async(paths);
    MainWindow window(&async, &settings);
    QSignalSpy shown(&window, &MainWindow::meetingShown);
    window.resize(1920, 1080);
    window.show();
    if (!shown.wait(60000))
        qFatal("the meeting did not load");
    window.selectAgendaItem({});
    repaint(window);

    SessionState session = SessionState::of(meeting);
    QList<double> one, many, paintOnly;
    QElapsedTimer t;
    for (int r = 0; r < runs; ++r) { // the comparison: painting the same views, no change
        t.start();
        repaint(window);
        paintOnly << t.nsecsElapsed() / 1e6;
    }
    for (int r = 0; r < runs; ++r) {
        // One contribution to another working group.
        const QString n = meeting.documents.at((r * 37) % 5000).number;
        session.allocations.insert(n, {meeting.workingGroups.at(r % 3).id, {}});
        t.start();
        emit async.sessionChanged(session);
        repaint(window);
        one << t.nsecsElapsed() / 1e6;
        // 200 at once to an agenda item.
        const QString item = meeting.flatAgenda().at(r % 150)->id;
        for (int k = 0; k < 200; ++k)
            session.allocations.insert(meeting.documents.at((r * 200 + k) % 5000).number,
                                       {meeting.workingGroups.at(k % 3).id, item});
        t.start();
        emit async.sessionChanged(session);
        repaint(window);
        many << t.nsecsElapsed() / 1e6;
    }
    const Stats s1 = stats(one), s200 = stats(many), sp0 = stats(paintOnly);
    std::printf("| repaint of the table, agenda and groups alone (no change) | %.2f | %.2f | %.2f |\n",
                sp0.median, sp0.p95, sp0.max);
    std::printf("| allocate 1 document (5,000 documents, 150 items) | %.2f | %.2f | %.2f |\n",
                s1.median, s1.p95, s1.max);
    std::printf("| move 200 documents at once | %.2f | %.2f | %.2f |\n", s200.median, s200.p95,
                s200.max);
    std::fflush(stdout);

    // 2. Publish to follower on loopback, against Apache mod_dav.
    if (!PlenaryTest::TestServer::missing(PlenaryTest::TestServer::ApacheDav).isEmpty()) {
        std::printf("(apache2 missing: no latency measured)\n");
        return 0;
    }
    QTemporaryDir www, chairDir, delegateDir;
    PlenaryTest::TestServer server(PlenaryTest::TestServer::ApacheDav);
    QString error;
    if (!server.start(www.path(), &error))
        qFatal("%s", qPrintable(error));
    auto open = [](const QTemporaryDir &d, Store &s) {
        QString e;
        if (!s.open() || !DemoMeeting::ensureCurrentMeeting(s, DataPaths::at(d.path()), &e))
            qFatal("cannot set up a store");
    };
    Store chair(DataPaths::at(chairDir.path()).databaseFile());
    Store delegate(DataPaths::at(delegateDir.path()).databaseFile());
    open(chairDir, chair);
    open(delegateDir, delegate);
    QNetworkAccessManager nam1, nam2;
    const QString mid = QStringLiteral("fg-smart-1");
    SessionPublisher publisher(chair, nam1, mid);
    SessionFollower follower(delegate, nam2, mid);
    const QUrl url = server.url(QStringLiteral("/"));
    if (!publisher.connectTo(url, &error) || !follower.followUrl(url, &error))
        qFatal("%s", qPrintable(error));
    QSignalSpy published(&publisher, &SessionPublisher::finished);
    QSignalSpy polled(&follower, &SessionFollower::polled);
    publisher.publish();
    published.wait(10000);
    follower.start(); // every 5 s, the default
    QList<double> endToEnd, publishing;
    for (int r = 0; r < latencyRuns; ++r) {
        QTest::qWait(1500 + (700 * r) % 3000); // not in step with the polls
        published.clear();
        QElapsedTimer e2e;
        e2e.start();
        if (!chair.setAllocation(
                mid, QStringLiteral("FG-Smart-I-%1").arg(6 + r, 4, 10, QLatin1Char('0')),
                {QStringLiteral("WG%1").arg(1 + r % 3), {}}))
            qFatal("cannot allocate");
        QElapsedTimer pub;
        pub.start();
        publisher.publish();
        if (published.isEmpty() && !published.wait(15000))
            qFatal("publish did not finish");
        publishing << pub.nsecsElapsed() / 1e6;
        for (;;) {
            polled.clear();
            if (!polled.wait(30000))
                qFatal("the follower stopped polling");
            if (polled.first().first().value<FollowResult>().changed)
                break;
        }
        endToEnd << e2e.nsecsElapsed() / 1e6;
    }
    const Stats sp = stats(publishing), se = stats(endToEnd);
    std::printf("| publish one change (PUT with If-Match, Apache mod_dav) | %.1f | %.1f | %.1f |\n",
                sp.median, sp.p95, sp.max);
    std::printf(
        "| recorded by the chairman -> in the delegate's store (5 s polling) | %.0f | %.0f | "
        "%.0f |\n",
        se.median, se.p95, se.max);
    return 0;
}
