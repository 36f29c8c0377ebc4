// Helper for tst_store's durability test: records outcomes (and notes) one by
// one, printing "recorded N" after each write call has returned, until the
// parent kills it with SIGKILL.
#include "MeetingJson.h"
#include "Store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Plenary;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    Store store(QString::fromLocal8Bit(argv[1]));
    if (!store.open())
        return 1;
    const QString meeting = QStringLiteral("durability");
    if (!store.meetingIds().contains(meeting)) {
        MeetingData m;
        m.meeting.id = meeting;
        m.meeting.title = QStringLiteral("Durability");
        m.agenda = {AgendaItem{QStringLiteral("1"), QStringLiteral("Opening"), {}}};
        m.documents = {Document{}};
        m.documents[0].number = QStringLiteral("D-1");
        if (!store.importMeeting(m))
            return 1;
    }
    const int start = QString::fromLocal8Bit(argv[2]).toInt();
    for (int i = start; i < start + 100000; ++i) {
        Outcome o;
        o.agendaItem = QStringLiteral("1");
        o.documents = {QStringLiteral("D-1")};
        o.status = OutcomeStatus::Agreed;
        o.text = QStringLiteral("outcome %1").arg(i);
        if (store.addOutcome(meeting, o) == 0)
            return 1;
        Note n;
        n.document = QStringLiteral("D-1");
        n.text = QStringLiteral("note %1").arg(i);
        if (store.saveNote(meeting, n) == 0)
            return 1;
        std::printf("recorded %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
