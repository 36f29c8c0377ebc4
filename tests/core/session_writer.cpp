// A scripted live session through AsyncStore, the path the GUI takes. Prints
// "recorded STEP" when AsyncStore says a step is in the store, and goes on
// until it is killed (tst_asyncstore's durability test).
#include "AsyncStore.h"
#include "SessionScript.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Plenary;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    AsyncStore store(DataPaths::at(QString::fromLocal8Bit(argv[1])));
    int step = QString::fromLocal8Bit(argv[2]).toInt();
    auto next = [&] {
        const PlenaryTest::ScriptStep s = PlenaryTest::sessionStep(step);
        switch (s.kind) {
        case PlenaryTest::ScriptStep::Allocate:
            store.allocate({{s.document, {s.value, {}}}}, s.document);
            break;
        case PlenaryTest::ScriptStep::Outcome: {
            Outcome o;
            o.uid = s.value;
            o.agendaItem = QStringLiteral("8");
            o.documents = {s.document};
            o.status = OutcomeStatus::Noted;
            store.recordOutcome(o);
            break;
        }
        case PlenaryTest::ScriptStep::Current:
            store.setCurrentItem(s.value);
            break;
        }
    };
    QObject::connect(&store, &AsyncStore::recorded, &app, [&] {
        std::printf("recorded %d\n", step);
        std::fflush(stdout);
        ++step;
        next();
    });
    QObject::connect(&store, &AsyncStore::failed, &app, [](const QString &message) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    bool started = false;
    QObject::connect(&store, &AsyncStore::meetingLoaded, &app, [&] {
        if (!started) {
            started = true;
            next();
        }
    });
    store.openCurrentMeeting();
    return app.exec();
}
