#pragma once

#include "Meeting.h"

#include <QAbstractListModel>

namespace Plenary {

/// The meeting's working groups with how many documents each holds (the
/// chairman's allocation over the manifest's), as targets for allocation:
/// documents dropped on a group are announced with documentsDropped().
class WorkingGroupModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        WorkingGroupIdRole = Qt::UserRole + 1,
        DocumentCountRole,
    };

    explicit WorkingGroupModel(QObject *parent = nullptr);

    void setMeeting(const MeetingData &meeting);
    /// Recounts without a reset (same groups).
    void updateCounts(const MeetingData &meeting);
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void documentsDropped(const QStringList &numbers, const QString &workingGroup);

private:
    QList<int> counts(const MeetingData &meeting) const;

    QList<WorkingGroup> m_groups;
    QList<int> m_counts;
};

} // namespace Plenary
