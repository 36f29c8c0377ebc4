#include "SessionCommands.h"

#include "AsyncStore.h"

#include <QCoreApplication>

namespace Plenary {

AllocateCommand::AllocateCommand(AsyncStore *store, QHash<QString, Allocation> after,
                                 QHash<QString, Allocation> before, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_after(std::move(after))
    , m_before(std::move(before)) {}

void AllocateCommand::redo() {
    m_store->allocate(m_after, text());
}

void AllocateCommand::undo() {
    m_store->allocate(
        m_before,
        QCoreApplication::translate("Plenary::SessionController", "Undone: %1").arg(text()));
}

RecordOutcomeCommand::RecordOutcomeCommand(AsyncStore *store, Outcome outcome, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_outcome(std::move(outcome)) {}

void RecordOutcomeCommand::redo() {
    m_store->recordOutcome(m_outcome);
}

void RecordOutcomeCommand::undo() {
    m_store->removeOutcome(m_outcome.uid);
}

SaveLiaisonCommand::SaveLiaisonCommand(AsyncStore *store, LiaisonStatement after,
                                       std::optional<LiaisonStatement> before, const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_after(std::move(after))
    , m_before(std::move(before)) {}

void SaveLiaisonCommand::redo() {
    m_store->saveLiaison(m_after);
}

void SaveLiaisonCommand::undo() {
    if (m_before)
        m_store->saveLiaison(*m_before);
    else
        m_store->removeLiaison(m_after.id);
}

CurrentItemCommand::CurrentItemCommand(AsyncStore *store, QString after, QString before,
                                       const QString &text)
    : QUndoCommand(text)
    , m_store(store)
    , m_after(std::move(after))
    , m_before(std::move(before)) {}

void CurrentItemCommand::redo() {
    m_store->setCurrentItem(m_after);
}

void CurrentItemCommand::undo() {
    m_store->setCurrentItem(m_before);
}

} // namespace Plenary
