#pragma once

#include "Meeting.h"

#include <QHash>
#include <QUndoCommand>

#include <optional>

namespace Plenary {

class AsyncStore;

/// The chairman's undoable edits. Each one only asks the store to write
/// (on its worker); the views follow the store's sessionChanged().
class AllocateCommand : public QUndoCommand {
public:
    AllocateCommand(AsyncStore *store, QHash<QString, Allocation> after,
                    QHash<QString, Allocation> before, const QString &text);
    void redo() override;
    void undo() override;

private:
    AsyncStore *m_store;
    QHash<QString, Allocation> m_after;
    QHash<QString, Allocation> m_before;
};

class RecordOutcomeCommand : public QUndoCommand {
public:
    RecordOutcomeCommand(AsyncStore *store, Outcome outcome, const QString &text);
    void redo() override;
    void undo() override;

private:
    AsyncStore *m_store;
    Outcome m_outcome; ///< with its uid, so that undo takes back exactly this one
};

/// Drafts a new liaison statement or changes one; undo restores the earlier
/// text, or removes a new one.
class SaveLiaisonCommand : public QUndoCommand {
public:
    SaveLiaisonCommand(AsyncStore *store, LiaisonStatement after,
                       std::optional<LiaisonStatement> before, const QString &text);
    void redo() override;
    void undo() override;

private:
    AsyncStore *m_store;
    LiaisonStatement m_after;
    std::optional<LiaisonStatement> m_before;
};

class CurrentItemCommand : public QUndoCommand {
public:
    CurrentItemCommand(AsyncStore *store, QString after, QString before, const QString &text);
    void redo() override;
    void undo() override;

private:
    AsyncStore *m_store;
    QString m_after;
    QString m_before;
};

} // namespace Plenary
