#pragma once

#include "Meeting.h"

#include <QAbstractItemModel>

#include <vector>

namespace Plenary {

/// The agenda as a tree: item number, title and the number of documents
/// allocated to each item (and per working group, in the tooltip). Shown by
/// the agenda pane; the view only displays. Documents dropped on an item are
/// announced with documentsDropped(); the model changes nothing itself.
class AgendaModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, DocumentsColumn, ColumnCount };
    enum Role {
        AgendaIdRole = Qt::UserRole + 1, ///< the item's id ("6.a.i")
        DocumentCountRole,               ///< documents allocated to this item itself
        SubtreeDocumentCountRole,        ///< ... to it and its sub-items
        CurrentRole,                     ///< bool: the item the chairman is on
    };

    explicit AgendaModel(QObject *parent = nullptr);

    void setMeeting(const MeetingData &meeting);
    /// Recounts after a change of allocations (same agenda), without a
    /// reset: only the changed counts are signalled, nothing else moves.
    void updateCounts(const MeetingData &meeting);
    /// Marks the item the chairman is on (shown in bold); empty for none.
    void setCurrentItem(const QString &id);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    /// The index of an agenda item by id (column 0), invalid if unknown.
    QModelIndex indexForId(const QString &id) const;
    /// The ids of an item and all its sub-items.
    QStringList subtreeIds(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Documents were dropped on agenda item @p agendaItem.
    void documentsDropped(const QStringList &numbers, const QString &agendaItem);

private:
    void count(const MeetingData &meeting);
    struct Node {
        QString id;
        QString title;
        int parent = -1; ///< index into m_nodes, -1 for top level
        int row = 0;     ///< row under its parent
        QList<int> children;
        int documents = 0;
        int subtreeDocuments = 0;
        QMap<QString, int> perWorkingGroup;
    };
    void addItems(const QList<AgendaItem> &items, int parent);
    const Node *node(const QModelIndex &index) const;

    std::vector<Node> m_nodes;
    QList<int> m_topLevel;
    QString m_current;
};

} // namespace Plenary
