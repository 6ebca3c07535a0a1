#pragma once

#include "AudienceFilter.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace deliverboard::ui {

// Every evaluated address as one row, served from the worker's StatusEngine: the model
// keeps only the row order (one int per shown address) and builds an explanation only for
// the rows the view asks for, so a million addresses cost a few megabytes here.
class AudienceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The explanation last: it is the long one, and the view stretches it.
    enum Column {
        Address,
        Status,
        Since,
        LastCampaign,
        Isp,
        Hard,
        Soft,
        Unengaged,
        Explanation,
        ColumnCount
    };
    static constexpr int EngineIndexRole = Qt::UserRole + 1;

    explicit AudienceTableModel(QObject* parent = nullptr);

    // `alphabetical`: the engine's alphabeticalOrder(), computed by the worker.
    void setEngine(std::shared_ptr<const StatusEngine> engine,
                   std::shared_ptr<const std::vector<qint32>> alphabetical);
    std::shared_ptr<const StatusEngine> engine() const { return m_engine; }
    void setFilter(const AudienceFilter& filter);
    // The rows of `filter` computed elsewhere (filteredRows() on a worker).
    void setFilteredRows(const AudienceFilter& filter, std::vector<qint32> rows);
    // Pure: runs on any thread over the immutable engine.
    static std::vector<qint32> filteredRows(const StatusEngine& engine,
                                            const std::vector<qint32>& alphabetical,
                                            const AudienceFilter& filter);
    std::shared_ptr<const std::vector<qint32>> alphabetical() const { return m_alphabetical; }
    const AudienceFilter& filter() const { return m_filter; }

    // Engine index of a row, or -1.
    qsizetype engineIndex(int row) const;
    int rowOfAddress(const QString& address) const; // -1: not shown

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusLabel(AddressState status);

private:
    void rebuild();

    std::shared_ptr<const StatusEngine> m_engine;
    std::shared_ptr<const std::vector<qint32>> m_alphabetical; // every address
    std::vector<qint32> m_rows; // the filtered rows, as engine indexes
    bool m_all = true;          // no filter: the rows are m_alphabetical itself
    AudienceFilter m_filter;
};

} // namespace deliverboard::ui
