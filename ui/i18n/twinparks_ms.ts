<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Industrial park</source>
        <translation>Taman perindustrian</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Pelabuhan</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Pasaran</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Pembekal</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hab</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Sea–rail</source>
        <translation>Laut–rel</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Rel</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Jalan raya</translation>
    </message>
    <message>
        <source>Other mode</source>
        <translation>Mod lain</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Jenis: {0}</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>Negara: {0}</translation>
    </message>
    <message>
        <source>{plant} ({product}): {output} of {capacity} ({utilisation})</source>
        <translation>{plant} ({product}): {output} daripada {capacity} ({utilisation})</translation>
    </message>
    <message>
        <source>{product}: {met} met, {unmet} unmet of {quantity}</source>
        <translation>{product}: {met} dipenuhi, {unmet} tidak dipenuhi daripada {quantity}</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Keluaran pengeluaran</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <source>Mode: {0}</source>
        <translation>Mod: {0}</translation>
    </message>
    <message>
        <source>Tonnes: {0} t</source>
        <translation>Tan: {0} t</translation>
    </message>
    <message>
        <source>Capacity: {0}</source>
        <translation>Kapasiti: {0}</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>tiada had</translation>
    </message>
    <message>
        <source>{0} t</source>
        <translation>{0} t</translation>
    </message>
    <message>
        <source>Utilisation: {0}</source>
        <translation>Penggunaan: {0}</translation>
    </message>
    <message>
        <source>Transit: {0} days</source>
        <translation>Transit: {0} hari</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>Laluan {0}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(tiada id)</translation>
    </message>
    <message>
        <source>Optimal</source>
        <translation>Optimum</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Had masa dicapai</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>Tidak boleh dilaksanakan</translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation>Tidak terbatas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Solver failed</source>
        <translation>Penyelesai gagal</translation>
    </message>
    <message>
        <source>Unused lane</source>
        <translation>Laluan tidak digunakan</translation>
    </message>
    <message>
        <source>Investment built</source>
        <translation>Pelaburan dibina</translation>
    </message>
    <message>
        <source>Preferential (agreement)</source>
        <translation>Keutamaan (perjanjian)</translation>
    </message>
    <message>
        <source>General (MFN) rate</source>
        <translation>Kadar am (MFN)</translation>
    </message>
    <message>
        <source>Duty-free or domestic</source>
        <translation>Bebas duti atau domestik</translation>
    </message>
    <message>
        <source>{regime}: {tonnes} t</source>
        <translation>{regime}: {tonnes} t</translation>
    </message>
</context>
<context>
    <name>BottleneckChart</name>
    <message>
        <source>Bottlenecks</source>
        <translation>Kesesakan</translation>
    </message>
    <message>
        <source>plant, per unit of output</source>
        <translation>kilang, setiap unit keluaran</translation>
    </message>
    <message>
        <source>lane, per tonne</source>
        <translation>laluan, setiap tan</translation>
    </message>
    <message>
        <source>Cost saved per extra
unit of capacity (%1)</source>
        <translation>Kos dijimatkan bagi setiap
unit kapasiti tambahan (%1)</translation>
    </message>
    <message>
        <source>Plant or lane</source>
        <translation>Kilang atau laluan</translation>
    </message>
</context>
<context>
    <name>BottlenecksPage</name>
    <message>
        <source>Bottlenecks</source>
        <translation>Kesesakan</translation>
    </message>
    <message>
        <source>no capacity binds: one more unit anywhere would save nothing</source>
        <translation>tiada kapasiti yang mengikat: satu unit tambahan di mana-mana tidak menjimatkan apa-apa</translation>
    </message>
    <message>
        <source>%1 binding capacities, most valuable first</source>
        <translation>%1 kapasiti mengikat, yang paling bernilai dahulu</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Kilang</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Laluan</translation>
    </message>
    <message>
        <source>One more unit of capacity here saves %1 %2</source>
        <translation>Satu unit kapasiti tambahan di sini menjimatkan %1 %2</translation>
    </message>
    <message>
        <source>One more tonne of capacity here saves %1 %2</source>
        <translation>Satu tan kapasiti tambahan di sini menjimatkan %1 %2</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>blank = default</source>
        <translation>kosong = nilai lalai</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Other (%1)</source>
        <translation>Lain-lain (%1)</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>juta %1</translation>
    </message>
    <message>
        <source>thousand %1</source>
        <translation>ribu %1</translation>
    </message>
</context>
<context>
    <name>CofailureView</name>
    <message>
        <source>Closure</source>
        <translation>Penutupan</translation>
    </message>
    <message>
        <source>Closed with</source>
        <translation>Ditutup bersama</translation>
    </message>
    <message>
        <source>Together</source>
        <translation>Bersama</translation>
    </message>
    <message>
        <source>Sampled years in which both closed</source>
        <translation>Tahun sampel yang kedua-duanya ditutup</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kebarangkalian</translation>
    </message>
    <message>
        <source>If independent</source>
        <translation>Jika bebas</translation>
    </message>
    <message>
        <source>How often the two would close together if they were unrelated (the product of their own frequencies)</source>
        <translation>Kekerapan kedua-duanya ditutup bersama jika tidak berkaitan (hasil darab kekerapan masing-masing)</translation>
    </message>
    <message>
        <source>With lost service</source>
        <translation>Servis hilang</translation>
    </message>
    <message>
        <source>Closures that happen together</source>
        <translation>Penutupan yang berlaku bersama</translation>
    </message>
    <message>
        <source>pairs of closed elements in the same sampled year, most frequent first</source>
        <translation>pasangan unsur yang ditutup dalam tahun sampel yang sama, paling kerap dahulu</translation>
    </message>
    <message>
        <source>No two closures happened in the same sampled year (of %1); more samples may find some.</source>
        <translation>Tiada dua penutupan berlaku dalam tahun sampel yang sama (daripada %1); lebih banyak sampel mungkin menemuinya.</translation>
    </message>
</context>
<context>
    <name>CostHistogram</name>
    <message>
        <source>Total cost of the sampled years</source>
        <translation>Jumlah kos tahun sampel</translation>
    </message>
    <message>
        <source>Total cost (%1/yr)</source>
        <translation>Jumlah kos (%1/thn)</translation>
    </message>
    <message>
        <source>Sampled years</source>
        <translation>Tahun sampel</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>min</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>persentil ke-95</translation>
    </message>
</context>
<context>
    <name>CostSplitChart</name>
    <message>
        <source>Cost split</source>
        <translation>Pecahan kos</translation>
    </message>
    <message>
        <source>Cost (%1/yr)</source>
        <translation>Kos (%1/thn)</translation>
    </message>
</context>
<context>
    <name>DemandChart</name>
    <message>
        <source>Demand by market</source>
        <translation>Permintaan mengikut pasaran</translation>
    </message>
    <message>
        <source>met</source>
        <translation>dipenuhi</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>tidak dipenuhi</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Demand (%1/yr)</source>
        <translation>Permintaan (%1/thn)</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Pasaran</translation>
    </message>
    <message>
        <source>%1 met</source>
        <translation>%1 dipenuhi</translation>
    </message>
</context>
<context>
    <name>DemandPage</name>
    <message>
        <source>Demand</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>%1 of %2 demand rows not met in full (highlighted)</source>
        <translation>%1 daripada %2 baris permintaan tidak dipenuhi sepenuhnya (diserlahkan)</translation>
    </message>
    <message>
        <source>not worth serving: delivering would cost more than the unmet-demand penalty</source>
        <translation>tidak berbaloi dibekalkan: kos penghantaran melebihi penalti permintaan tidak dipenuhi</translation>
    </message>
    <message>
        <source>no capacity left: %1 used up</source>
        <translation>tiada kapasiti lagi: %1 telah habis digunakan</translation>
    </message>
    <message>
        <source>not worth expanding: %1 used up, and another investment module would cost more than it saves</source>
        <translation>tidak berbaloi dibesarkan: %1 telah habis digunakan, dan satu lagi modul pelaburan berkos lebih daripada penjimatannya</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The network could not be checked: %1</source>
        <translation>Rangkaian tidak dapat disemak: %1</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Scenario</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Jumlah kos</translation>
    </message>
    <message>
        <source>Change vs base</source>
        <translation>Perubahan berbanding asas</translation>
    </message>
    <message>
        <source>CO2 (t)</source>
        <translation>CO2 (t)</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tahap perkhidmatan</translation>
    </message>
    <message>
        <source>Unmet (units)</source>
        <translation>Tidak dipenuhi (unit)</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Bekalan</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Pengangkutan</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Karbon</translation>
    </message>
    <message>
        <source>Unmet penalty</source>
        <translation>Penalti permintaan tidak dipenuhi</translation>
    </message>
    <message>
        <source>Unmet (t)</source>
        <translation>Tidak dipenuhi (t)</translation>
    </message>
    <message>
        <source>Unmet (penalty value)</source>
        <translation>Tidak dipenuhi (nilai penalti)</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Yang hilang</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Cost increase</source>
        <translation>Kenaikan kos</translation>
    </message>
    <message>
        <source>Duty saved</source>
        <translation>Duti dijimatkan</translation>
    </message>
    <message>
        <source>Plant or lane</source>
        <translation>Kilang atau laluan</translation>
    </message>
    <message>
        <source>Base case</source>
        <translation>Kes asas</translation>
    </message>
    <message>
        <source>In the scenario</source>
        <translation>Dalam senario</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>kilang</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>laluan</translation>
    </message>
</context>
<context>
    <name>InvestmentsPage</name>
    <message>
        <source>Investments</source>
        <translation>Pelaburan</translation>
    </message>
    <message>
        <source>Chokepoints</source>
        <translation>Titik sempit</translation>
    </message>
    <message>
        <source>groups: %1; a limited group&apos;s shadow price is what one more tonne allowed on it saves</source>
        <translation>kumpulan: %1; harga bayangan kumpulan terhad ialah penjimatan bagi setiap tan tambahan yang dibenarkan padanya</translation>
    </message>
    <message>
        <source>this workbook has no Investments rows</source>
        <translation>buku kerja ini tiada baris Investments</translation>
    </message>
    <message>
        <source>%1 of %2 investments built, %3 %4 a year</source>
        <translation>%1 daripada %2 pelaburan dibina, %3 %4 setahun</translation>
    </message>
    <message>
        <source>A mixed-integer plan, proven within a gap of %1 %. Shadow prices on every page are those of the plan with its investments and on/off decisions fixed.</source>
        <translation>Pelan integer bercampur, dibuktikan dalam jurang %1 %. Harga bayangan pada setiap halaman ialah harga bagi pelan dengan pelaburan dan keputusan hidup/mati ditetapkan.</translation>
    </message>
    <message>
        <source>Switched off by their minimum output: %1.</source>
        <translation>Dihentikan kerana output minimumnya: %1.</translation>
    </message>
</context>
<context>
    <name>LanesPage</name>
    <message>
        <source>Lane use</source>
        <translation>Penggunaan laluan</translation>
    </message>
    <message>
        <source>Flows by lane and product</source>
        <translation>Aliran mengikut laluan dan produk</translation>
    </message>
    <message>
        <source>%1 lanes, %2 at binding capacity (highlighted)</source>
        <translation>%1 laluan, %2 pada had kapasiti (diserlahkan)</translation>
    </message>
    <message>
        <source>%1 flows</source>
        <translation>%1 aliran</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baharu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>B&amp;uka…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Simpan seb&amp;agai…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat &amp;semula</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>C&amp;lear cells</source>
        <translation>Kosongkan se&amp;l</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>T&amp;ambah baris</translation>
    </message>
    <message>
        <source>D&amp;uplicate rows</source>
        <translation>&amp;Gandakan baris</translation>
    </message>
    <message>
        <source>&amp;Delete rows</source>
        <translation>&amp;Padam baris</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Keutamaan…</translation>
    </message>
    <message>
        <source>&amp;Solve</source>
        <translation>&amp;Selesaikan</translation>
    </message>
    <message>
        <source>Solve the capacity-allocation LP</source>
        <translation>Selesaikan LP peruntukan kapasiti</translation>
    </message>
    <message>
        <source>&amp;Cancel solve</source>
        <translation>&amp;Batalkan penyelesaian</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Eksport laporan…</translation>
    </message>
    <message>
        <source>&amp;Fit map to the corridor</source>
        <translation>&amp;Muatkan peta pada koridor</translation>
    </message>
    <message>
        <source>Show &amp;all sites</source>
        <translation>Tunjukkan semu&amp;a tapak</translation>
    </message>
    <message>
        <source>Colour flows by duty &amp;regime</source>
        <translation>Warnakan aliran mengikut &amp;rejim duti</translation>
    </message>
    <message>
        <source>&amp;About Twin Parks planner</source>
        <translation>&amp;Perihal Perancang Taman Berkembar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Solve &amp;all scenarios</source>
        <translation>Selesaikan &amp;semua senario</translation>
    </message>
    <message>
        <source>S&amp;tress test</source>
        <translation>Ujian &amp;tekanan</translation>
    </message>
    <message>
        <source>&amp;Risk analysis…</source>
        <translation>Analisis &amp;risiko…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Panduan &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Buka &amp;terkini</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Pelan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>P&amp;aparan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>Write the plan as an Excel or PDF report</source>
        <translation>Tulis pelan sebagai laporan Excel atau PDF</translation>
    </message>
    <message>
        <source>Open a workbook (Ctrl+O)</source>
        <translation>Buka buku kerja (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save the workbook (Ctrl+S)</source>
        <translation>Simpan buku kerja (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Buat asal suntingan terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Buat semula (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Solve the plan in the background (F5)</source>
        <translation>Selesaikan pelan di latar belakang (F5)</translation>
    </message>
    <message>
        <source>Stop the running solve (Esc)</source>
        <translation>Hentikan penyelesaian yang sedang berjalan (Esc)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Senario</translation>
    </message>
    <message>
        <source>%1 (copy, not saved yet)</source>
        <translation>%1 (salinan, belum disimpan)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Tanpa tajuk</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>Pembukaan %1 dibatalkan</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Tidak dapat membuka %1</translation>
    </message>
    <message>
        <source>The file was not opened; the current network is unchanged.</source>
        <translation>Fail tidak dibuka; rangkaian semasa tidak berubah.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Menyemak %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Membuka</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Simpan juga?</translation>
    </message>
    <message>
        <source>Save the file anyway?</source>
        <translation>Simpan fail itu juga?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>%1 was not saved; your edits are still open here.</source>
        <translation>%1 tidak disimpan; suntingan anda masih terbuka di sini.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message>
        <source>Results out of date</source>
        <translation>Keputusan sudah lapuk</translation>
    </message>
    <message>
        <source>The network changed after the last solve, so the results no longer match it. Solve now and export the new plan?</source>
        <translation>Rangkaian telah berubah selepas penyelesaian terakhir, jadi keputusan tidak lagi sepadan dengannya. Selesaikan sekarang dan eksport pelan baharu?</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Laporan ditulis ke %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The network has unsaved changes. Save them?</source>
        <translation>Rangkaian mempunyai perubahan yang belum disimpan. Simpan?</translation>
    </message>
    <message>
        <source>Open workbook</source>
        <translation>Buka buku kerja</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm)</source>
        <translation>Buku kerja Excel (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Simpan buku kerja</translation>
    </message>
    <message>
        <source>Preferential, general-rate and duty-free flows in their own colours</source>
        <translation>Aliran keutamaan, kadar am dan bebas duti dalam warna masing-masing</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksport laporan</translation>
    </message>
    <message>
        <source>About Twin Parks planner</source>
        <translation>Perihal Perancang Taman Berkembar</translation>
    </message>
    <message>
        <source>Twin Parks planner %1
Capacity allocation for the China–Malaysia Qinzhou and Kuantan industrial parks.</source>
        <translation>Perancang Taman Berkembar %1
Peruntukan kapasiti bagi Taman Perindustrian China-Malaysia Qinzhou dan Taman Perindustrian Malaysia-China Kuantan.</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>Menyemak buku kerja…</translation>
    </message>
    <message>
        <source>Cannot solve yet</source>
        <translation>Belum boleh diselesaikan</translation>
    </message>
    <message>
        <source>%1 error(s) must be fixed first; they are listed in the Problems panel.</source>
        <translation>%1 ralat mesti dibetulkan dahulu; ralat itu disenaraikan dalam panel Masalah.</translation>
    </message>
    <message>
        <source>Solved: optimal plan</source>
        <translation>Selesai: pelan optimum</translation>
    </message>
    <message>
        <source>Solve cancelled</source>
        <translation>Penyelesaian dibatalkan</translation>
    </message>
    <message>
        <source>No optimal plan</source>
        <translation>Tiada pelan optimum</translation>
    </message>
    <message>
        <source>The solver returned &apos;%1&apos;: %2</source>
        <translation>Penyelesai memulangkan &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>ModeTonnesChart</name>
    <message>
        <source>Freight by transport mode</source>
        <translation>Muatan mengikut mod pengangkutan</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>Tonnes carried, all legs (%1/yr)</source>
        <translation>Tan dibawa, semua segmen (%1/thn)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
</context>
<context>
    <name>NetworkMap</name>
    <message>
        <source>Preferential (agreement)</source>
        <translation>Keutamaan (perjanjian)</translation>
    </message>
    <message>
        <source>General (MFN) rate</source>
        <translation>Kadar am (MFN)</translation>
    </message>
    <message>
        <source>Duty-free or domestic</source>
        <translation>Bebas duti atau domestik</translation>
    </message>
    <message>
        <source>{regime}: {tonnes} t</source>
        <translation>{regime}: {tonnes} t</translation>
    </message>
    <message>
        <source>Duty regime</source>
        <translation>Rejim duti</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <translation>Taman perindustrian</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Pelabuhan</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Pasaran</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Pembekal</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hab</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>Laut</translation>
    </message>
    <message>
        <source>Sea–rail</source>
        <translation>Laut–rel</translation>
    </message>
    <message>
        <source>Rail</source>
        <translation>Rel</translation>
    </message>
    <message>
        <source>Road</source>
        <translation>Jalan raya</translation>
    </message>
    <message>
        <source>Other mode</source>
        <translation>Mod lain</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Jenis: {0}</translation>
    </message>
    <message>
        <source>Country: {0}</source>
        <translation>Negara: {0}</translation>
    </message>
    <message>
        <source>{plant} ({product}): {output} of {capacity} ({utilisation})</source>
        <translation>{plant} ({product}): {output} daripada {capacity} ({utilisation})</translation>
    </message>
    <message>
        <source>{product}: {met} met, {unmet} unmet of {quantity}</source>
        <translation>{product}: {met} dipenuhi, {unmet} tidak dipenuhi daripada {quantity}</translation>
    </message>
    <message>
        <source>Production output</source>
        <translation>Keluaran pengeluaran</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>{origin} → {destination}</source>
        <translation>{origin} → {destination}</translation>
    </message>
    <message>
        <source>Mode: {0}</source>
        <translation>Mod: {0}</translation>
    </message>
    <message>
        <source>Tonnes: {0} t</source>
        <translation>Tan: {0} t</translation>
    </message>
    <message>
        <source>Capacity: {0}</source>
        <translation>Kapasiti: {0}</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>tiada had</translation>
    </message>
    <message>
        <source>Utilisation: {0}</source>
        <translation>Penggunaan: {0}</translation>
    </message>
    <message>
        <source>Transit: {0} days</source>
        <translation>Transit: {0} hari</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>Laluan {0}</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(tiada id)</translation>
    </message>
    <message>
        <source>{0} t</source>
        <translation>{0} t</translation>
    </message>
    <message>
        <source>Longitude (°E)</source>
        <translation>Longitud (°T)</translation>
    </message>
    <message>
        <source>Latitude (°N)</source>
        <translation>Latitud (°U)</translation>
    </message>
    <message>
        <source>Flows out of date: the network changed since the last solve (F5 solves again)</source>
        <translation>Aliran sudah lapuk: rangkaian berubah sejak penyelesaian terakhir (F5 untuk menyelesaikan semula)</translation>
    </message>
    <message>
        <source>Unused lane</source>
        <translation>Laluan tidak digunakan</translation>
    </message>
    <message>
        <source>Investment built</source>
        <translation>Pelaburan dibina</translation>
    </message>
</context>
<context>
    <name>OriginDutyPage</name>
    <message>
        <source>Duty where goods are used</source>
        <translation>Duti di tempat barang digunakan</translation>
    </message>
    <message>
        <source>Output originating under an agreement</source>
        <translation>Output yang berasal di bawah perjanjian</translation>
    </message>
    <message>
        <source>%1 %3 paid, %2 %3 saved by preferences (highlighted)</source>
        <translation>%1 %3 dibayar, %2 %3 dijimatkan oleh keutamaan (diserlahkan)</translation>
    </message>
    <message>
        <source>%1 plant and agreement pairs</source>
        <translation>%1 pasangan kilang dan perjanjian</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>… and %1 more rows; the Excel report has them all</source>
        <translation>… dan %1 baris lagi; laporan Excel mengandungi semuanya</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (sambungan)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 daripada %2</translation>
    </message>
    <message>
        <source>Duty is paid once, where goods are used (a plant&apos;s input or a market), by the country they originate in: %1 %2 a year, %3 at general rates%4. Preferences save %5 %2 against the general rates.</source>
        <translation>Duti dibayar sekali, di tempat barang digunakan (input kilang atau pasaran), mengikut negara asalnya: %1 %2 setahun, %3 pada kadar am%4. Keutamaan menjimatkan %5 %2 berbanding kadar am.</translation>
    </message>
    <message>
        <source>Origin and duty</source>
        <translation>Asal dan duti</translation>
    </message>
    <message>
        <source>Duty where goods are used</source>
        <translation>Duti di tempat barang digunakan</translation>
    </message>
    <message>
        <source>Output originating under an agreement</source>
        <translation>Keluaran berasal di bawah perjanjian</translation>
    </message>
    <message>
        <source>; under agreements %1</source>
        <translation>; di bawah perjanjian %1</translation>
    </message>
    <message>
        <source>general</source>
        <translation>am</translation>
    </message>
    <message>
        <source>use</source>
        <translation>guna</translation>
    </message>
    <message>
        <source>plant or row</source>
        <translation>kilang atau baris</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produk</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>asal</translation>
    </message>
    <message>
        <source>regime</source>
        <translation>rejim</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>kuantiti</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>kadar</translation>
    </message>
    <message>
        <source>plant</source>
        <translation>kilang</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>perjanjian</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>dituntut</translation>
    </message>
    <message>
        <source>by RVC</source>
        <translation>melalui RVC</translation>
    </message>
    <message>
        <source>by shift</source>
        <translation>melalui peralihan</translation>
    </message>
    <message>
        <source>wholly</source>
        <translation>sepenuhnya</translation>
    </message>
    <message>
        <source>RVC</source>
        <translation>RVC</translation>
    </message>
    <message>
        <source>duty (%1)</source>
        <translation>duti (%1)</translation>
    </message>
    <message>
        <source>saved (%1)</source>
        <translation>dijimatkan (%1)</translation>
    </message>
    <message>
        <source>Capacity allocation and landed cost — China–Malaysia Qinzhou Industrial Park (Guangxi) and Malaysia–China Kuantan Industrial Park (Pahang)</source>
        <translation>Peruntukan kapasiti dan kos tiba — Taman Perindustrian China–Malaysia Qinzhou (Guangxi) dan Taman Perindustrian Malaysia–China Kuantan (Pahang)</translation>
    </message>
    <message>
        <source>Twin Parks planning report</source>
        <translation>Laporan perancangan Taman Berkembar</translation>
    </message>
    <message>
        <source>Cost split</source>
        <translation>Pecahan kos</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Network and flows</source>
        <translation>Rangkaian dan aliran</translation>
    </message>
    <message>
        <source>Sites by kind and lanes by mode; the line width of a lane is proportional to the tonnes it carries in the plan.</source>
        <translation>Tapak mengikut jenis dan laluan mengikut mod; lebar garis laluan berkadar dengan tan yang dibawanya dalam pelan.</translation>
    </message>
    <message>
        <source>Network map: Qinzhou–Kuantan corridor and the Western Land–Sea New Corridor</source>
        <translation>Peta rangkaian: koridor Qinzhou–Kuantan dan Koridor Baharu Darat–Laut Barat</translation>
    </message>
    <message>
        <source>Costs and capacity</source>
        <translation>Kos dan kapasiti</translation>
    </message>
    <message>
        <source>Demand and bottlenecks</source>
        <translation>Permintaan dan kesesakan</translation>
    </message>
    <message>
        <source>Production plan</source>
        <translation>Pelan pengeluaran</translation>
    </message>
    <message>
        <source>Lanes and flows</source>
        <translation>Laluan dan aliran</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Kesesakan</translation>
    </message>
    <message>
        <source>Capacities whose next unit saves money, most valuable first (plants per unit of output, lanes per tonne).</source>
        <translation>Kapasiti yang unit seterusnya menjimatkan wang, paling bernilai dahulu (kilang setiap unit keluaran, laluan setiap tan).</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Permintaan tidak dipenuhi</translation>
    </message>
    <message>
        <source>Investment plan</source>
        <translation>Pelan pelaburan</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Tapak</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Buku kerja</translation>
    </message>
    <message>
        <source>Solved at</source>
        <translation>Diselesaikan pada</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Penyelesai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata wang</translation>
    </message>
    <message>
        <source>Total, penalty included</source>
        <translation>Jumlah, termasuk penalti</translation>
    </message>
    <message>
        <source>Nothing is shipped.</source>
        <translation>Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>No capacity limits the plan: no extra capacity would save money.</source>
        <translation>Tiada kapasiti yang mengehadkan pelan: kapasiti tambahan tidak akan menjimatkan wang.</translation>
    </message>
    <message>
        <source>Every demand row is met in full.</source>
        <translation>Setiap baris permintaan dipenuhi sepenuhnya.</translation>
    </message>
    <message>
        <source>cost part</source>
        <translation>bahagian kos</translation>
    </message>
    <message>
        <source>share</source>
        <translation>bahagian</translation>
    </message>
    <message>
        <source>Output per plant, in units of its product per year; costs in %1 per year. Rows at full capacity or with a positive shadow price (the cost saved per extra unit of capacity, %1/unit) are highlighted. Sites by id: their names are in the Sites table at the end.</source>
        <translation>Keluaran setiap kilang, dalam unit produknya setahun; kos dalam %1 setahun. Baris pada kapasiti penuh atau dengan harga bayangan positif (kos dijimatkan bagi setiap unit kapasiti tambahan, %1/unit) diserlahkan. Tapak mengikut id: namanya dalam jadual Tapak di hujung.</translation>
    </message>
    <message>
        <source>site</source>
        <translation>tapak</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>kapasiti</translation>
    </message>
    <message>
        <source>output</source>
        <translation>keluaran</translation>
    </message>
    <message>
        <source>shadow price</source>
        <translation>harga bayangan</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kos</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>laluan</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>ke</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mod</translation>
    </message>
    <message>
        <source>tonnes</source>
        <translation>tan</translation>
    </message>
    <message>
        <source>freight</source>
        <translation>tambang</translation>
    </message>
    <message>
        <source>tariff</source>
        <translation>tarif</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>jenis</translation>
    </message>
    <message>
        <source>plant or lane</source>
        <translation>kilang atau laluan</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>penggunaan</translation>
    </message>
    <message>
        <source>Demand rows the plan leaves short, in units per year. Marginal cost: what one more unit delivered to the market would cost (%1/unit).</source>
        <translation>Baris permintaan yang tidak dipenuhi sepenuhnya oleh pelan, dalam unit setahun. Kos marginal: kos menghantar satu unit lagi ke pasaran (%1/unit).</translation>
    </message>
    <message>
        <source>market</source>
        <translation>pasaran</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>permintaan</translation>
    </message>
    <message>
        <source>met</source>
        <translation>dipenuhi</translation>
    </message>
    <message>
        <source>unmet</source>
        <translation>tidak dipenuhi</translation>
    </message>
    <message>
        <source>met %</source>
        <translation>% dipenuhi</translation>
    </message>
    <message>
        <source>marginal cost</source>
        <translation>kos marginal</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>pelaburan</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>capacity added</source>
        <translation>kapasiti ditambah</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 setahun</translation>
    </message>
    <message>
        <source>saving per extra unit (%1)</source>
        <translation>penjimatan setiap unit tambahan (%1)</translation>
    </message>
    <message>
        <source>cost/yr (%1)</source>
        <translation>kos/tahun (%1)</translation>
    </message>
    <message>
        <source>if not built (%1)</source>
        <translation>jika tidak dibina (%1)</translation>
    </message>
    <message>
        <source>The map shows the %1 busiest of the %2 lanes and the sites they join; the Excel report has every lane.</source>
        <translation>Peta menunjukkan %1 laluan paling sibuk daripada %2 laluan dan tapak yang dihubungkannya; laporan Excel mengandungi setiap laluan.</translation>
    </message>
    <message>
        <source>The %1 largest of %2 flows, in tonnes per year, with their freight and tariff cost (%3 per year).</source>
        <translation>%1 aliran terbesar daripada %2, dalam tan setahun, dengan kos tambang dan tarifnya (%3 setahun).</translation>
    </message>
    <message>
        <source>%1 of %2 investments are built, for %3 %4 a year. Cost of not investing: how much more the plan would cost a year with the investment held at its committed modules (one re-solve each). Shadow prices are those of the plan with its investments fixed.</source>
        <translation>%1 daripada %2 pelaburan dibina, untuk %3 %4 setahun. Kos tidak melabur: berapa lebih kos pelan setahun jika pelaburan kekal pada modul yang dikomitkan (satu penyelesaian semula setiap satu). Harga bayangan ialah harga pelan dengan pelaburannya ditetapkan.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Keutamaan</translation>
    </message>
    <message>
        <source>Automatic (the workbook&apos;s, else by size)</source>
        <translation>Automatik (tetapan buku kerja, jika tiada mengikut saiz)</translation>
    </message>
    <message>
        <source>HiGHS</source>
        <translation>HiGHS</translation>
    </message>
    <message>
        <source>CBC</source>
        <translation>CBC</translation>
    </message>
    <message>
        <source>Linear-programming solver used by Solve</source>
        <translation>Penyelesai pengaturcaraan linear yang digunakan oleh Selesaikan</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The solve stops after this many seconds</source>
        <translation>Penyelesaian berhenti selepas sekian saat</translation>
    </message>
    <message>
        <source>&amp;Solver:</source>
        <translation>&amp;Penyelesai:</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Had &amp;masa:</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ralat</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Amaran</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>buku kerja</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Checking the network…</source>
        <translation>Menyemak rangkaian…</translation>
    </message>
    <message>
        <source>No problems: the network can be solved.</source>
        <translation>Tiada masalah: rangkaian boleh diselesaikan.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s) — double-click a problem to go to its cell</source>
        <translation>%1 ralat, %2 amaran — dwiklik masalah untuk pergi ke selnya</translation>
    </message>
</context>
<context>
    <name>ProductionPage</name>
    <message>
        <source>Production by plant</source>
        <translation>Pengeluaran mengikut kilang</translation>
    </message>
    <message>
        <source>%1 of %2 plants at binding capacity (highlighted)</source>
        <translation>%1 daripada %2 kilang pada had kapasiti (diserlahkan)</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export report</source>
        <translation>Eksport laporan</translation>
    </message>
    <message>
        <source>Solve the model to an optimal plan before exporting a report.</source>
        <translation>Selesaikan model kepada pelan optimum sebelum mengeksport laporan.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Laporan ditulis ke %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>%1 already exists and is not a report written by Twin Parks planner. Replace it with the report? What it holds now will be lost.</source>
        <translation>%1 sudah wujud dan bukan laporan yang ditulis oleh Perancang Taman Kembar. Gantikan dengan laporan? Kandungannya sekarang akan hilang.</translation>
    </message>
    <message>
        <source>The report could not be written:
%1</source>
        <translation>Laporan tidak dapat ditulis:
%1</translation>
    </message>
</context>
<context>
    <name>ResultColumns</name>
    <message>
        <source>Why unmet</source>
        <translation>Sebab tidak dipenuhi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>What one more unit of capacity is worth</source>
        <translation>Nilai satu unit kapasiti tambahan</translation>
    </message>
    <message>
        <source>No capacity left (the used-up plants and lanes are named), not worth expanding (they could take another investment module, which would cost more than it saves), or not worth serving at the unmet-demand penalty</source>
        <translation>Tiada kapasiti lagi (loji dan laluan yang telah habis digunakan dinamakan), tidak berbaloi dibesarkan (boleh menerima satu lagi modul pelaburan, tetapi kosnya melebihi penjimatannya), atau tidak berbaloi dibekalkan pada penalti permintaan tidak dipenuhi</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tiada had</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>tiada had</translation>
    </message>
</context>
<context>
    <name>ResultTable</name>
    <message>
        <source>Filter rows…</source>
        <translation>Tapis baris…</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results are out of date: the network changed since this plan was solved. Press F5 to solve again.</source>
        <translation>Keputusan sudah lapuk: rangkaian telah berubah sejak pelan ini diselesaikan. Tekan F5 untuk menyelesaikan semula.</translation>
    </message>
    <message>
        <source>No plan yet: press F5 to solve</source>
        <translation>Belum ada pelan: tekan F5 untuk menyelesaikan</translation>
    </message>
    <message>
        <source>No optimal plan: the solver stopped with status “%1”.</source>
        <translation>Tiada pelan optimum: penyelesai berhenti dengan status “%1”.</translation>
    </message>
    <message>
        <source>Check the Problems list, then press F5 to solve again.</source>
        <translation>Semak senarai Masalah, kemudian tekan F5 untuk menyelesaikan semula.</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Lanes &amp;&amp; flows</source>
        <translation>Laluan &amp;&amp; aliran</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Kesesakan</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Pelaburan</translation>
    </message>
    <message>
        <source>Origin &amp;&amp; duty</source>
        <translation>Asal &amp;&amp; duti</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>&amp;Samples:</source>
        <translation>&amp;Sampel:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Benih:</translation>
    </message>
    <message>
        <source>How many futures to sample from the Risks sheet</source>
        <translation>Berapa banyak masa depan disampel daripada helaian Risks</translation>
    </message>
    <message>
        <source>The same seed gives the same numbers</source>
        <translation>Benih yang sama memberi angka yang sama</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Jalankan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Risk results are out of date: the network changed since these samples were solved. Press Run to sample again.</source>
        <translation>Keputusan risiko sudah lapuk: rangkaian telah berubah sejak sampel ini diselesaikan. Tekan Jalankan untuk menyampel semula.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Taburan</translation>
    </message>
    <message>
        <source>Co-failures</source>
        <translation>Kegagalan bersama</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>Menyemak buku kerja…</translation>
    </message>
    <message>
        <source>%1 error(s) must be fixed first; they are listed in the Problems panel.</source>
        <translation>%1 ralat mesti dibetulkan dahulu; ralat itu disenaraikan dalam panel Masalah.</translation>
    </message>
    <message>
        <source>Solving the base plan, then %1 samples…</source>
        <translation>Menyelesaikan pelan asas, kemudian %1 sampel…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>%1 of %2 samples solved</source>
        <translation>%1 daripada %2 sampel diselesaikan</translation>
    </message>
    <message>
        <source>Cancelled: no samples kept</source>
        <translation>Dibatalkan: tiada sampel disimpan</translation>
    </message>
    <message>
        <source>The risk process stopped unexpectedly (exit code %1).</source>
        <translation>Proses risiko berhenti tanpa diduga (kod keluar %1).</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Gagal: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 samples; their distribution is shown</source>
        <translation>Dibatalkan selepas %1 daripada %2 sampel; taburannya ditunjukkan</translation>
    </message>
    <message>
        <source>%1 samples solved (seed %2)</source>
        <translation>%1 sampel diselesaikan (benih %2)</translation>
    </message>
    <message>
        <source>— %1 without an optimal plan are left out</source>
        <translation>— %1 tanpa pelan optimum diketepikan</translation>
    </message>
    <message>
        <source>%1/yr</source>
        <translation>%1/thn</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Jumlah kos</translation>
    </message>
    <message>
        <source>CVaR 95 %: the mean of the worst 5 % of years</source>
        <translation>CVaR 95 %: min 5 % tahun yang paling teruk</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tahap perkhidmatan</translation>
    </message>
    <message>
        <source>Tonnes delivered / tonnes demanded</source>
        <translation>Tan dihantar / tan diminta</translation>
    </message>
    <message>
        <source>Base plan</source>
        <translation>Pelan asas</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>5th percentile</source>
        <translation>Persentil ke-5</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Persentil ke-95</translation>
    </message>
    <message>
        <source>CVaR 95 %</source>
        <translation>CVaR 95 %</translation>
    </message>
    <message>
        <source>Standard error of the mean</source>
        <translation>Ralat piawai min</translation>
    </message>
    <message>
        <source>Probability that service &lt; %1</source>
        <translation>Kebarangkalian perkhidmatan &lt; %1</translation>
    </message>
    <message>
        <source>This workbook has no Risks sheet, so there is nothing to sample.

Add a Risks sheet with one row per random factor: a closure of a lane, site, plant or chokepoint group with its probability (and a duration as a share of the year), or a shock on supply costs, freight, demand or a currency with its distribution. Factors with the same group move together. The bundled example has one.</source>
        <translation>Buku kerja ini tiada helaian Risks, jadi tiada apa-apa untuk disampel.

Tambah helaian Risks dengan satu baris bagi setiap faktor rawak: penutupan laluan, tapak, loji atau kumpulan titik sempit dengan kebarangkaliannya (dan tempoh sebagai bahagian tahun), atau kejutan pada kos bekalan, tambang, permintaan atau mata wang dengan taburannya. Faktor dalam kumpulan yang sama bergerak bersama. Contoh yang disertakan mempunyai satu.</translation>
    </message>
    <message>
        <source>Set the number of samples and the seed, then press Run: each sampled year is solved with the base plan&apos;s investments held.</source>
        <translation>Tetapkan bilangan sampel dan benih, kemudian tekan Jalankan: setiap tahun sampel diselesaikan dengan pelaburan pelan asas dikekalkan.</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Landed cost by scenario</source>
        <translation>Kos tiba mengikut senario</translation>
    </message>
    <message>
        <source>% of demanded tonnes</source>
        <translation>% daripada tan yang diminta</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tahap perkhidmatan</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 setahun</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <source>Solve all</source>
        <translation>Selesaikan semua</translation>
    </message>
    <message>
        <source>Run stress test</source>
        <translation>Jalankan ujian tekanan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Biggest changes against the base case</source>
        <translation>Perubahan terbesar berbanding kes asas</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Stress test</source>
        <translation>Ujian tekanan</translation>
    </message>
    <message>
        <source>Solving…</source>
        <translation>Sedang menyelesaikan…</translation>
    </message>
    <message>
        <source>Stress test…</source>
        <translation>Ujian tekanan…</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Gagal: {0}</translation>
    </message>
    <message>
        <source>{0} scenario(s) solved</source>
        <translation>{0} senario diselesaikan</translation>
    </message>
    <message>
        <source>{0} cases ranked</source>
        <translation>{0} kes disusun mengikut kedudukan</translation>
    </message>
</context>
<context>
    <name>ServiceCurve</name>
    <message>
        <source>How often service falls below a level</source>
        <translation>Kekerapan servis di bawah tahap</translation>
    </message>
    <message>
        <source>Service level (%)</source>
        <translation>Tahap perkhidmatan (%)</translation>
    </message>
    <message>
        <source>Sampled years below it (%)</source>
        <translation>Tahun sampel di bawahnya (%)</translation>
    </message>
    <message>
        <source>95 %: %1 of years below</source>
        <translation>95 %: %1 tahun di bawahnya</translation>
    </message>
</context>
<context>
    <name>SheetEditor</name>
    <message>
        <source>Filter rows…</source>
        <translation>Tapis baris…</translation>
    </message>
    <message>
        <source>Add row to %1</source>
        <translation>Tambah baris ke %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s) from %1</source>
        <translation>
            <numerusform>Padam %n baris daripada %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n row(s) in %1</source>
        <translation>
            <numerusform>Gandakan %n baris dalam %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cells in %1</source>
        <translation>Kosongkan sel dalam %1</translation>
    </message>
    <message>
        <source>Paste into %1</source>
        <translation>Tampal ke dalam %1</translation>
    </message>
</context>
<context>
    <name>SheetTableModel</name>
    <message>
        <source>A column this tool does not know: kept and saved unchanged.</source>
        <translation>Lajur yang tidak dikenali oleh alat ini: disimpan tanpa diubah.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sunting %1</translation>
    </message>
</context>
<context>
    <name>SolveRunner</name>
    <message>
        <source>The solve was cancelled.</source>
        <translation>Penyelesaian telah dibatalkan.</translation>
    </message>
    <message>
        <source>The solver process stopped unexpectedly (exit code %1).</source>
        <translation>Proses penyelesai berhenti tanpa diduga (kod keluar %1).</translation>
    </message>
    <message>
        <source>The solve could not run: %1</source>
        <translation>Penyelesaian tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>Starting the solver</source>
        <translation>Memulakan penyelesai</translation>
    </message>
    <message>
        <source>Checking the workbook</source>
        <translation>Menyemak buku kerja</translation>
    </message>
    <message>
        <source>Building the model</source>
        <translation>Membina model</translation>
    </message>
    <message>
        <source>Solving</source>
        <translation>Menyelesaikan</translation>
    </message>
    <message>
        <source>Reading the results</source>
        <translation>Membaca keputusan</translation>
    </message>
    <message>
        <source>Costing the investments</source>
        <translation>Mengira kos pelaburan</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>SolveStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop the solve</source>
        <translation>Hentikan penyelesaian</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>SolverStatus</name>
    <message>
        <source>Optimal</source>
        <translation>Optimum</translation>
    </message>
    <message>
        <source>Time limit reached</source>
        <translation>Had masa dicapai</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>Tidak boleh dilaksanakan</translation>
    </message>
    <message>
        <source>Unbounded</source>
        <translation>Tidak terbatas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Solver failed</source>
        <translation>Penyelesai gagal</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Total landed cost per year</source>
        <translation>Jumlah kos sampai setahun</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Penyelesai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>supply, production, freight, tariffs and carbon; the unmet-demand penalty is not included</source>
        <translation>bekalan, pengeluaran, tambang, tarif dan karbon; penalti permintaan tidak dipenuhi tidak termasuk</translation>
    </message>
    <message>
        <source>against the previous solve: %1 %2, service level %3 points</source>
        <translation>berbanding penyelesaian sebelumnya: %1 %2, tahap perkhidmatan %3 mata</translation>
    </message>
    <message>
        <source>%1 demand rows not met in full; unmet-demand penalty %2</source>
        <translation>%1 baris permintaan tidak dipenuhi sepenuhnya; penalti permintaan tidak dipenuhi %2</translation>
    </message>
    <message>
        <source>of the demanded tonnes delivered</source>
        <translation>daripada tan yang diminta dihantar</translation>
    </message>
    <message>
        <source>%1 t</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>production and transport, per year</source>
        <translation>pengeluaran dan pengangkutan, setahun</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>every demand row is met in full</source>
        <translation>setiap baris permintaan dipenuhi sepenuhnya</translation>
    </message>
    <message>
        <source>solved in %1 s</source>
        <translation>diselesaikan dalam %1 s</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
</context>
<context>
    <name>UtilisationChart</name>
    <message>
        <source>Plant utilisation</source>
        <translation>Penggunaan kilang</translation>
    </message>
    <message>
        <source>binding capacity</source>
        <translation>kapasiti penuh</translation>
    </message>
    <message>
        <source>spare capacity</source>
        <translation>kapasiti lebihan</translation>
    </message>
    <message>
        <source>Utilisation (% of capacity)</source>
        <translation>Penggunaan (% kapasiti)</translation>
    </message>
    <message>
        <source>Plant</source>
        <translation>Kilang</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>tonnes per year</source>
        <translation>tan setahun</translation>
    </message>
    <message>
        <source>{currency} per year, excl. penalty</source>
        <translation>{currency} setahun, tidak termasuk penalti</translation>
    </message>
    <message>
        <source>of demanded tonnes met</source>
        <translation>daripada tan yang diminta dipenuhi</translation>
    </message>
    <message>
        <source>The largest cost parts are {first} ({first_share}) and {second} ({second_share}) of the landed cost.</source>
        <translation>Bahagian kos terbesar ialah {first} ({first_share}) dan {second} ({second_share}) daripada kos tiba.</translation>
    </message>
    <message>
        <source>{binding} of {plants} plants are binding (full, or worth money to extend).</source>
        <translation>{binding} daripada {plants} kilang mengikat (penuh, atau bernilai untuk diluaskan).</translation>
    </message>
    <message>
        <source>The most valuable extra capacity is plant {id}: each extra unit would save {saving} {currency}.</source>
        <translation>Kapasiti tambahan paling bernilai ialah kilang {id}: setiap unit tambahan akan menjimatkan {saving} {currency}.</translation>
    </message>
    <message>
        <source>The most valuable extra capacity is lane {id}: each extra tonne would save {saving} {currency}.</source>
        <translation>Kapasiti tambahan paling bernilai ialah laluan {id}: setiap tan tambahan akan menjimatkan {saving} {currency}.</translation>
    </message>
    <message>
        <source>Demand is not fully met in {markets} market(s), most at {market} ({tonnes} tonnes per year).</source>
        <translation>Permintaan tidak dipenuhi sepenuhnya di {markets} pasaran, paling banyak di {market} ({tonnes} tan setahun).</translation>
    </message>
    <message>
        <source>All demand is met.</source>
        <translation>Semua permintaan dipenuhi.</translation>
    </message>
    <message>
        <source>Duty paid where goods are used: {duty} {currency} ({general} at general rates; under agreements: {claimed}); preferences save {saved} {currency}.</source>
        <translation>Duti dibayar di tempat barang digunakan: {duty} {currency} ({general} pada kadar am; di bawah perjanjian: {claimed}); keutamaan menjimatkan {saved} {currency}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>RVC</source>
        <translation>RVC</translation>
    </message>
    <message>
        <source>tariff shift</source>
        <translation>peralihan tarif</translation>
    </message>
    <message>
        <source>originating inputs</source>
        <translation>input berasal</translation>
    </message>
    <message>
        <source>{plant} qualifies under {agreement} by {options}.</source>
        <translation>{plant} layak di bawah {agreement} melalui {options}.</translation>
    </message>
    <message>
        <source>{count} more rows qualify (the Excel report lists them all).</source>
        <translation>{count} lagi baris layak (laporan Excel menyenaraikan semuanya).</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <source>Plant</source>
        <translation>Kilang</translation>
    </message>
    <message>
        <source>Plant id on the Plants sheet.</source>
        <translation>Id kilang pada helaian Plants.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Tapak</translation>
    </message>
    <message>
        <source>Site where the plant stands.</source>
        <translation>Tapak tempat kilang terletak.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Product the plant makes.</source>
        <translation>Produk yang dibuat oleh kilang.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasiti</translation>
    </message>
    <message>
        <source>units/yr</source>
        <translation>unit/thn</translation>
    </message>
    <message>
        <source>Maximum output per year.</source>
        <translation>Keluaran maksimum setahun.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>Units made per year in the plan.</source>
        <translation>Unit yang dibuat setahun dalam pelan.</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Penggunaan</translation>
    </message>
    <message>
        <source>Share of the capacity used; blank where capacity is unlimited.</source>
        <translation>Bahagian kapasiti yang digunakan; kosong jika kapasiti tanpa had.</translation>
    </message>
    <message>
        <source>Shadow price</source>
        <translation>Harga bayangan</translation>
    </message>
    <message>
        <source>{currency}/unit</source>
        <translation>{currency}/unit</translation>
    </message>
    <message>
        <source>Cost saved per extra unit of capacity.</source>
        <translation>Kos yang dijimatkan bagi setiap unit kapasiti tambahan.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kos</translation>
    </message>
    <message>
        <source>{currency}/yr</source>
        <translation>{currency}/thn</translation>
    </message>
    <message>
        <source>Production cost per year (inputs excluded).</source>
        <translation>Kos pengeluaran setahun (tidak termasuk input).</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>t/thn</translation>
    </message>
    <message>
        <source>CO2 emitted by production per year.</source>
        <translation>CO2 yang dikeluarkan oleh pengeluaran setahun.</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>Terikat</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Beroperasi</translation>
    </message>
    <message>
        <source>Whether the plant runs; a plant with a min_output may be switched off (then it makes nothing).</source>
        <translation>Sama ada loji beroperasi; loji yang mempunyai min_output boleh dihentikan (maka ia tidak mengeluarkan apa-apa).</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Laluan</translation>
    </message>
    <message>
        <source>Lane id on the Lanes sheet.</source>
        <translation>Id laluan pada helaian Lanes.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Site the lane leaves.</source>
        <translation>Tapak permulaan laluan.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Site the lane reaches.</source>
        <translation>Tapak destinasi laluan.</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
    </message>
    <message>
        <source>Transport mode (sea, rail, road ...).</source>
        <translation>Mod pengangkutan (laut, rel, jalan raya ...).</translation>
    </message>
    <message>
        <source>Tonnes the lane can carry per year; blank where unlimited.</source>
        <translation>Tan yang boleh dibawa laluan setahun; kosong jika tanpa had.</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Dibawa</translation>
    </message>
    <message>
        <source>Tonnes carried per year in the plan.</source>
        <translation>Tan yang dibawa setahun dalam pelan.</translation>
    </message>
    <message>
        <source>{currency}/t</source>
        <translation>{currency}/t</translation>
    </message>
    <message>
        <source>Cost saved per extra tonne of capacity.</source>
        <translation>Kos yang dijimatkan bagi setiap tan kapasiti tambahan.</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>Days in transit.</source>
        <translation>Hari dalam transit.</translation>
    </message>
    <message>
        <source>Full (utilisation at least 99.9 %) or worth money to extend (shadow price above 0); never for a lane of capacity 0 that no investment can extend (closed: nothing to act on).</source>
        <translation>Penuh (penggunaan sekurang-kurangnya 99.9 %) atau berbaloi untuk diluaskan (harga bayangan melebihi 0); tidak sekali-kali bagi laluan berkapasiti 0 yang tidak dapat diluaskan oleh mana-mana pelaburan (ditutup: tiada tindakan yang boleh diambil).</translation>
    </message>
    <message>
        <source>Lane that carries the flow.</source>
        <translation>Laluan yang membawa aliran ini.</translation>
    </message>
    <message>
        <source>Site the flow leaves.</source>
        <translation>Tapak yang ditinggalkan aliran.</translation>
    </message>
    <message>
        <source>Site the flow reaches.</source>
        <translation>Tapak yang dicapai aliran.</translation>
    </message>
    <message>
        <source>Transport mode of the lane.</source>
        <translation>Mod pengangkutan laluan.</translation>
    </message>
    <message>
        <source>Product carried.</source>
        <translation>Produk yang dibawa.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Country the goods originate in (possible origins joined by | where origin changes no duty or rule).</source>
        <translation>Negara asal barang (asal yang mungkin digabung dengan | apabila asal tidak mengubah duti atau peraturan).</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian</translation>
    </message>
    <message>
        <source>Agreement the goods originate under (blank: none claimed or it makes no difference).</source>
        <translation>Perjanjian yang menjadi asal barang (kosong: tiada tuntutan, atau tiada bezanya).</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Units carried per year.</source>
        <translation>Unit yang dibawa setahun.</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Tonnes carried per year.</source>
        <translation>Tan yang dibawa setahun.</translation>
    </message>
    <message>
        <source>Freight</source>
        <translation>Tambang</translation>
    </message>
    <message>
        <source>Freight cost per year.</source>
        <translation>Kos tambang setahun.</translation>
    </message>
    <message>
        <source>Duty rate on entry</source>
        <translation>Kadar duti semasa masuk</translation>
    </message>
    <message>
        <source>Rate these goods pay where the lane enters another country, if used there (duty is paid once, where used: see the Duty table).</source>
        <translation>Kadar yang dibayar barang ini apabila laluan memasuki negara lain, jika digunakan di sana (duti dibayar sekali, di tempat digunakan: lihat jadual Duti).</translation>
    </message>
    <message>
        <source>Duty on entry</source>
        <translation>Duti semasa masuk</translation>
    </message>
    <message>
        <source>Duty due where the lane enters another country, if the goods are used there; not charged for goods that go on.</source>
        <translation>Duti yang perlu dibayar apabila laluan memasuki negara lain, jika barang digunakan di sana; tidak dikenakan bagi barang yang diteruskan.</translation>
    </message>
    <message>
        <source>CO2 emitted by transport per year.</source>
        <translation>CO2 yang dikeluarkan oleh pengangkutan setahun.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Row of this demand on the Demand sheet.</source>
        <translation>Baris permintaan ini pada helaian Demand.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Pasaran</translation>
    </message>
    <message>
        <source>Site where the demand is.</source>
        <translation>Tapak permintaan.</translation>
    </message>
    <message>
        <source>Product demanded.</source>
        <translation>Produk yang diminta.</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Units demanded per year.</source>
        <translation>Unit yang diminta setahun.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Dipenuhi</translation>
    </message>
    <message>
        <source>Units delivered per year.</source>
        <translation>Unit yang dihantar setahun.</translation>
    </message>
    <message>
        <source>Unmet</source>
        <translation>Tidak dipenuhi</translation>
    </message>
    <message>
        <source>Units not delivered per year.</source>
        <translation>Unit yang tidak dihantar setahun.</translation>
    </message>
    <message>
        <source>Met share</source>
        <translation>Bahagian dipenuhi</translation>
    </message>
    <message>
        <source>Share of the demand delivered.</source>
        <translation>Bahagian permintaan yang dihantar.</translation>
    </message>
    <message>
        <source>Weight per unit</source>
        <translation>Berat seunit</translation>
    </message>
    <message>
        <source>t/unit</source>
        <translation>t/unit</translation>
    </message>
    <message>
        <source>Tonnes per unit of the product.</source>
        <translation>Tan seunit produk.</translation>
    </message>
    <message>
        <source>Tonnes delivered per year.</source>
        <translation>Tan yang dihantar setahun.</translation>
    </message>
    <message>
        <source>Tonnes not delivered per year.</source>
        <translation>Tan yang tidak dihantar setahun.</translation>
    </message>
    <message>
        <source>Marginal landed cost</source>
        <translation>Kos darat marginal</translation>
    </message>
    <message>
        <source>What one more unit delivered here would cost the plan.</source>
        <translation>Kos kepada pelan jika satu unit lagi dihantar ke sini.</translation>
    </message>
    <message>
        <source>Row of this source on the Supply sheet.</source>
        <translation>Baris sumber ini pada helaian Supply.</translation>
    </message>
    <message>
        <source>Site where the goods are bought.</source>
        <translation>Tapak barang dibeli.</translation>
    </message>
    <message>
        <source>Product bought.</source>
        <translation>Produk yang dibeli.</translation>
    </message>
    <message>
        <source>Units available per year; blank where unlimited.</source>
        <translation>Unit yang tersedia setahun; kosong jika tanpa had.</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Digunakan</translation>
    </message>
    <message>
        <source>Units bought per year in the plan.</source>
        <translation>Unit yang dibeli setahun dalam pelan.</translation>
    </message>
    <message>
        <source>Purchase cost per year.</source>
        <translation>Kos pembelian setahun.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Kedudukan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>plant or lane.</source>
        <translation>kilang atau laluan.</translation>
    </message>
    <message>
        <source>Plant or lane</source>
        <translation>Kilang atau laluan</translation>
    </message>
    <message>
        <source>Id of the plant or lane.</source>
        <translation>Id kilang atau laluan.</translation>
    </message>
    <message>
        <source>Cost saved per extra unit of capacity</source>
        <translation>Kos yang dijimatkan bagi setiap unit kapasiti tambahan</translation>
    </message>
    <message>
        <source>{currency}/unit or t</source>
        <translation>{currency}/unit atau t</translation>
    </message>
    <message>
        <source>Per unit of output for a plant, per tonne for a lane.</source>
        <translation>Seunit keluaran bagi kilang, setan bagi laluan.</translation>
    </message>
    <message>
        <source>Share of the capacity used.</source>
        <translation>Bahagian kapasiti yang digunakan.</translation>
    </message>
    <message>
        <source>units or t/yr</source>
        <translation>unit atau t/thn</translation>
    </message>
    <message>
        <source>Units per year for a plant, tonnes per year for a lane.</source>
        <translation>Unit setahun bagi kilang, tan setahun bagi laluan.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Kegunaan</translation>
    </message>
    <message>
        <source>plant input or demand: where the goods are used and duty is charged.</source>
        <translation>input kilang atau permintaan: tempat barang digunakan dan duti dikenakan.</translation>
    </message>
    <message>
        <source>Plant or demand row</source>
        <translation>Kilang atau baris permintaan</translation>
    </message>
    <message>
        <source>The plant consuming the goods, or the Demand row they are delivered to.</source>
        <translation>Kilang yang menggunakan barang, atau baris Permintaan yang menerimanya.</translation>
    </message>
    <message>
        <source>Site of the use.</source>
        <translation>Tapak penggunaan.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Importing country: the country of the site.</source>
        <translation>Negara pengimport: negara tapak itu.</translation>
    </message>
    <message>
        <source>Product used.</source>
        <translation>Produk yang digunakan.</translation>
    </message>
    <message>
        <source>Country the goods originate in.</source>
        <translation>Negara asal barang.</translation>
    </message>
    <message>
        <source>Agreement whose preferential rate is paid (blank: the general rate).</source>
        <translation>Perjanjian yang kadar keutamaannya dibayar (kosong: kadar am).</translation>
    </message>
    <message>
        <source>Units used per year.</source>
        <translation>Unit digunakan setahun.</translation>
    </message>
    <message>
        <source>Duty rate</source>
        <translation>Kadar duti</translation>
    </message>
    <message>
        <source>Rate paid: the general rate or the lower preferential one.</source>
        <translation>Kadar dibayar: kadar am atau kadar keutamaan yang lebih rendah.</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Duti</translation>
    </message>
    <message>
        <source>Duty paid per year.</source>
        <translation>Duti dibayar setahun.</translation>
    </message>
    <message>
        <source>General rate</source>
        <translation>Kadar am</translation>
    </message>
    <message>
        <source>The general (MFN) rate on the same goods.</source>
        <translation>Kadar am (MFN) bagi barang yang sama.</translation>
    </message>
    <message>
        <source>Duty saved</source>
        <translation>Duti dijimatkan</translation>
    </message>
    <message>
        <source>Duty the preference saves against the general rate.</source>
        <translation>Duti yang dijimatkan oleh keutamaan berbanding kadar am.</translation>
    </message>
    <message>
        <source>Plant whose output claims the agreement.</source>
        <translation>Kilang yang outputnya menuntut perjanjian itu.</translation>
    </message>
    <message>
        <source>Site of the plant.</source>
        <translation>Tapak kilang.</translation>
    </message>
    <message>
        <source>Agreement the output originates under.</source>
        <translation>Perjanjian yang menjadi asal output.</translation>
    </message>
    <message>
        <source>Output claimed</source>
        <translation>Output dituntut</translation>
    </message>
    <message>
        <source>Units per year originating under the agreement.</source>
        <translation>Unit setahun yang berasal di bawah perjanjian itu.</translation>
    </message>
    <message>
        <source>By RVC</source>
        <translation>Mengikut RVC</translation>
    </message>
    <message>
        <source>Units qualifying by regional value content.</source>
        <translation>Unit yang layak mengikut kandungan nilai serantau.</translation>
    </message>
    <message>
        <source>By tariff shift</source>
        <translation>Mengikut peralihan tarif</translation>
    </message>
    <message>
        <source>Units qualifying by the change of chapter/heading/subheading (with de minimis).</source>
        <translation>Unit yang layak mengikut perubahan bab/tajuk/subtajuk (dengan de minimis).</translation>
    </message>
    <message>
        <source>From originating inputs</source>
        <translation>Daripada input berasal</translation>
    </message>
    <message>
        <source>Units made only from originating inputs (the agreement has no rule for the product).</source>
        <translation>Unit yang dibuat hanya daripada input berasal (perjanjian tiada peraturan bagi produk itu).</translation>
    </message>
    <message>
        <source>RVC required</source>
        <translation>RVC diperlukan</translation>
    </message>
    <message>
        <source>Minimum regional value content of the rule; blank without an RVC option.</source>
        <translation>Kandungan nilai serantau minimum peraturan; kosong tanpa pilihan RVC.</translation>
    </message>
    <message>
        <source>RVC achieved</source>
        <translation>RVC dicapai</translation>
    </message>
    <message>
        <source>1 − non-originating input value ÷ output value, over the output claimed.</source>
        <translation>1 − nilai input bukan berasal ÷ nilai output, ke atas output yang dituntut.</translation>
    </message>
    <message>
        <source>RVC headroom</source>
        <translation>Ruang RVC</translation>
    </message>
    <message>
        <source>RVC achieved minus required, where output qualifies by RVC.</source>
        <translation>RVC dicapai tolak RVC diperlukan, bagi output yang layak mengikut RVC.</translation>
    </message>
    <message>
        <source>Value of originating input</source>
        <translation>Nilai input berasal</translation>
    </message>
    <message>
        <source>{currency}/{currency}</source>
        <translation>{currency}/{currency}</translation>
    </message>
    <message>
        <source>What one more unit of originating input value at this plant saves (the RVC row&apos;s dual).</source>
        <translation>Apa yang dijimatkan oleh satu unit lagi nilai input berasal di kilang ini (dual baris RVC).</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Pelaburan</translation>
    </message>
    <message>
        <source>Investment id on the Investments sheet.</source>
        <translation>Pengecam pelaburan pada helaian Investments.</translation>
    </message>
    <message>
        <source>Id of the plant or lane the modules add to.</source>
        <translation>Pengecam loji atau laluan yang ditambah oleh modul.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Modules built in the plan.</source>
        <translation>Modul yang dibina dalam pelan.</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Dikomitkan</translation>
    </message>
    <message>
        <source>Modules committed before the plan (min_modules).</source>
        <translation>Modul yang dikomitkan sebelum pelan (min_modules).</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Paling banyak</translation>
    </message>
    <message>
        <source>Most modules that may be built (max_modules).</source>
        <translation>Modul maksimum yang boleh dibina (max_modules).</translation>
    </message>
    <message>
        <source>Capacity added</source>
        <translation>Kapasiti ditambah</translation>
    </message>
    <message>
        <source>Capacity the modules built add: units per year for a plant, tonnes per year for a lane.</source>
        <translation>Kapasiti yang ditambah oleh modul yang dibina: unit setahun untuk loji, tan setahun untuk laluan.</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Kos tahunan</translation>
    </message>
    <message>
        <source>Annual cost of the modules built.</source>
        <translation>Kos tahunan modul yang dibina.</translation>
    </message>
    <message>
        <source>Cost of not investing</source>
        <translation>Kos tidak melabur</translation>
    </message>
    <message>
        <source>How much the plan&apos;s cost rises if the investment is held at its committed modules (one re-solve); blank where nothing optional was built.</source>
        <translation>Berapa banyak kos pelan meningkat jika pelaburan dikekalkan pada modul yang dikomitkan (satu penyelesaian semula); kosong jika tiada modul pilihan dibina.</translation>
    </message>
    <message>
        <source>Chokepoint</source>
        <translation>Titik sempit</translation>
    </message>
    <message>
        <source>Chokepoint group id on the Chokepoints sheet.</source>
        <translation>Pengecam kumpulan titik sempit pada helaian Chokepoints.</translation>
    </message>
    <message>
        <source>On the group</source>
        <translation>Pada kumpulan</translation>
    </message>
    <message>
        <source>Tonnes of the group&apos;s products carried on its lanes per year.</source>
        <translation>Tan produk kumpulan yang dibawa pada laluannya setahun.</translation>
    </message>
    <message>
        <source>Tonnes of those products delivered to demand or consumed by plants per year.</source>
        <translation>Tan produk itu yang dihantar kepada permintaan atau digunakan oleh loji setahun.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Tonnes on the group as a share of the tonnes used.</source>
        <translation>Tan pada kumpulan sebagai bahagian daripada tan yang digunakan.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Had</translation>
    </message>
    <message>
        <source>The group&apos;s max_share; blank where it has no limit.</source>
        <translation>max_share kumpulan; kosong jika tiada had.</translation>
    </message>
    <message>
        <source>Cost saved per extra tonne the limit would allow.</source>
        <translation>Kos dijimatkan bagi setiap tan tambahan yang dibenarkan oleh had.</translation>
    </message>
    <message>
        <source>Total landed cost</source>
        <translation>Jumlah kos darat</translation>
    </message>
    <message>
        <source>Supply, production, transport, tariffs, carbon, the unmet-demand penalty and the annual cost of investments.</source>
        <translation>Bekalan, pengeluaran, pengangkutan, tarif, karbon, penalti permintaan tidak dipenuhi dan kos tahunan pelaburan.</translation>
    </message>
    <message>
        <source>Annual cost of the investment modules built (Investments sheet); 0 without investments.</source>
        <translation>Kos tahunan modul pelaburan yang dibina (helaian Investments); 0 tanpa pelaburan.</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Tahap perkhidmatan</translation>
    </message>
    <message>
        <source>Full (utilisation at least 99.9 %) or worth money to extend (shadow price above 0); never for a plant of capacity 0 that no investment can extend (not built: nothing to act on).</source>
        <translation>Penuh (penggunaan sekurang-kurangnya 99.9 %) atau berbaloi untuk diluaskan (harga bayangan melebihi 0); tidak sekali-kali bagi loji berkapasiti 0 yang tidak dapat diluaskan oleh mana-mana pelaburan (belum dibina: tiada tindakan yang boleh diambil).</translation>
    </message>
    <message>
        <source>1 = the binding capacity whose next unit saves the most.</source>
        <translation>1 = kapasiti terikat yang unit tambahannya paling banyak menjimatkan kos.</translation>
    </message>
    <message>
        <source>Share of the demanded tonnes delivered.</source>
        <translation>Bahagian tan permintaan yang dihantar.</translation>
    </message>
    <message>
        <source>CO₂ emissions</source>
        <translation>Pelepasan CO₂</translation>
    </message>
    <message>
        <source>CO2 of production and transport per year.</source>
        <translation>CO2 pengeluaran dan pengangkutan setahun.</translation>
    </message>
    <message>
        <source>Unmet demand</source>
        <translation>Permintaan tidak dipenuhi</translation>
    </message>
    <message>
        <source>Raw material supply</source>
        <translation>Bekalan bahan mentah</translation>
    </message>
    <message>
        <source>Cost of the goods bought (Supply sheet).</source>
        <translation>Kos barang yang dibeli (helaian Supply).</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Production cost of the plants.</source>
        <translation>Kos pengeluaran kilang.</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Pengangkutan</translation>
    </message>
    <message>
        <source>Freight on the lanes.</source>
        <translation>Tambang pada laluan.</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Duty paid once where goods are used, by origin (general or preferential rate).</source>
        <translation>Duti dibayar sekali di tempat barang digunakan, mengikut asal (kadar am atau keutamaan).</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>Karbon</translation>
    </message>
    <message>
        <source>Carbon price times the tonnes of CO2.</source>
        <translation>Harga karbon didarab tan CO2.</translation>
    </message>
    <message>
        <source>Unmet-demand penalty</source>
        <translation>Penalti permintaan tidak dipenuhi</translation>
    </message>
    <message>
        <source>Penalty of the demand not delivered.</source>
        <translation>Penalti permintaan yang tidak dihantar.</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>Unique site identifier, referenced by the other sheets.</source>
        <translation>Pengecam tapak yang unik, dirujuk oleh helaian lain.</translation>
    </message>
    <message>
        <source>Unique site identifier, referenced by the other sheets. Required.</source>
        <translation>Pengecam tapak yang unik, dirujuk oleh helaian lain. Wajib.</translation>
    </message>
    <message>
        <source>Display name (any language).</source>
        <translation>Nama paparan (sebarang bahasa).</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-2 country code, e.g. CN or MY; decides which flows cross a border.</source>
        <translation>Kod negara ISO 3166 alpha-2, cth. CN atau MY; menentukan aliran yang merentas sempadan.</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-2 country code, e.g. CN or MY; decides which flows cross a border. Required.</source>
        <translation>Kod negara ISO 3166 alpha-2, cth. CN atau MY; menentukan aliran yang merentas sempadan. Wajib.</translation>
    </message>
    <message>
        <source>park, port, market, supplier or hub.</source>
        <translation>park (taman), port (pelabuhan), market (pasaran), supplier (pembekal) atau hub (hab).</translation>
    </message>
    <message>
        <source>park, port, market, supplier or hub. Default: hub.</source>
        <translation>park (taman), port (pelabuhan), market (pasaran), supplier (pembekal) atau hub (hab). Lalai: hub.</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees (north positive).</source>
        <translation>Latitud dalam darjah perpuluhan (utara positif).</translation>
    </message>
    <message>
        <source>deg</source>
        <translation>darjah</translation>
    </message>
    <message>
        <source>Latitude in decimal degrees (north positive). Unit: deg.</source>
        <translation>Latitud dalam darjah perpuluhan (utara positif). Unit: darjah.</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees (east positive).</source>
        <translation>Longitud dalam darjah perpuluhan (timur positif).</translation>
    </message>
    <message>
        <source>Longitude in decimal degrees (east positive). Unit: deg.</source>
        <translation>Longitud dalam darjah perpuluhan (timur positif). Unit: darjah.</translation>
    </message>
    <message>
        <source>Unique product identifier.</source>
        <translation>Pengecam produk yang unik.</translation>
    </message>
    <message>
        <source>Unique product identifier. Required.</source>
        <translation>Pengecam produk yang unik. Wajib.</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Nama paparan.</translation>
    </message>
    <message>
        <source>Unit the quantities of this product are counted in (t, pcs, m2 ...).</source>
        <translation>Unit bagi kuantiti produk ini (t, pcs, m2 ...).</translation>
    </message>
    <message>
        <source>Unit the quantities of this product are counted in (t, pcs, m2 ...). Default: t.</source>
        <translation>Unit bagi kuantiti produk ini (t, pcs, m2 ...). Lalai: t.</translation>
    </message>
    <message>
        <source>Weight of one unit in tonnes; freight and lane capacity are counted in tonnes.</source>
        <translation>Berat satu unit dalam tan; tambang dan kapasiti laluan dikira dalam tan.</translation>
    </message>
    <message>
        <source>t/unit</source>
        <translation>t/unit</translation>
    </message>
    <message>
        <source>Weight of one unit in tonnes; freight and lane capacity are counted in tonnes. Unit: t/unit. Default: 1.</source>
        <translation>Berat satu unit dalam tan; tambang dan kapasiti laluan dikira dalam tan. Unit: t/unit. Lalai: 1.</translation>
    </message>
    <message>
        <source>Customs value of one unit; tariffs are a fraction of it.</source>
        <translation>Nilai kastam satu unit; tarif ialah pecahan daripadanya.</translation>
    </message>
    <message>
        <source>currency/unit</source>
        <translation>currency/unit</translation>
    </message>
    <message>
        <source>Customs value of one unit; tariffs are a fraction of it. Unit: currency/unit. Default: 0.</source>
        <translation>Nilai kastam satu unit; tarif ialah pecahan daripadanya. Unit: mata wang/unit. Lalai: 0.</translation>
    </message>
    <message>
        <source>Product family (steel, tyres, glass, aluminium, raw ...); lanes may be restricted to families.</source>
        <translation>Keluarga produk (steel, tyres, glass, aluminium, raw ...); laluan boleh dihadkan kepada keluarga tertentu.</translation>
    </message>
    <message>
        <source>Harmonized System code as a text cell (digits, dots allowed, at least 4 digits, e.g. 4011.10); chapter = first 2 digits, heading = 4, subheading = 6. Needed where a CC/CTH/CTSH rule of origin applies.</source>
        <translation>Kod Sistem Harmonis sebagai sel teks (digit, titik dibenarkan, sekurang-kurangnya 4 digit, cth. 4011.10); bab = 2 digit pertama, tajuk = 4, subtajuk = 6. Diperlukan apabila peraturan asal CC/CTH/CTSH terpakai.</translation>
    </message>
    <message>
        <source>Unique plant identifier.</source>
        <translation>Pengecam kilang yang unik.</translation>
    </message>
    <message>
        <source>Unique plant identifier. Required.</source>
        <translation>Pengecam kilang yang unik. Wajib.</translation>
    </message>
    <message>
        <source>Site where the plant stands.</source>
        <translation>Tapak tempat kilang terletak.</translation>
    </message>
    <message>
        <source>Site where the plant stands. Required.</source>
        <translation>Tapak tempat kilang terletak. Wajib.</translation>
    </message>
    <message>
        <source>The one product the plant makes.</source>
        <translation>Satu-satunya produk yang dibuat oleh kilang.</translation>
    </message>
    <message>
        <source>The one product the plant makes. Required.</source>
        <translation>Satu-satunya produk yang dibuat oleh kilang. Wajib.</translation>
    </message>
    <message>
        <source>Maximum output per year, in units of the product.</source>
        <translation>Keluaran maksimum setahun, dalam unit produk.</translation>
    </message>
    <message>
        <source>units/yr</source>
        <translation>unit/thn</translation>
    </message>
    <message>
        <source>Maximum output per year, in units of the product. Unit: units/yr. Required.</source>
        <translation>Keluaran maksimum setahun, dalam unit produk. Unit: unit/thn. Wajib.</translation>
    </message>
    <message>
        <source>Production cost per unit made, inputs excluded.</source>
        <translation>Kos pengeluaran bagi setiap unit dibuat, tidak termasuk input.</translation>
    </message>
    <message>
        <source>Production cost per unit made, inputs excluded. Unit: currency/unit. Default: 0.</source>
        <translation>Kos pengeluaran bagi setiap unit dibuat, tidak termasuk input. Unit: mata wang/unit. Lalai: 0.</translation>
    </message>
    <message>
        <source>CO2 emitted per unit made.</source>
        <translation>CO2 yang dilepaskan bagi setiap unit dibuat.</translation>
    </message>
    <message>
        <source>kg/unit</source>
        <translation>kg/unit</translation>
    </message>
    <message>
        <source>CO2 emitted per unit made. Unit: kg/unit. Default: 0.</source>
        <translation>CO2 yang dilepaskan bagi setiap unit dibuat. Unit: kg/unit. Lalai: 0.</translation>
    </message>
    <message>
        <source>A plant that runs makes at least this much (0 = no minimum); it may also be switched off. Not above its capacity with every investment module.</source>
        <translation>Loji yang beroperasi menghasilkan sekurang-kurangnya jumlah ini (0 = tiada minimum); loji juga boleh dihentikan. Tidak melebihi kapasitinya dengan semua modul pelaburan.</translation>
    </message>
    <message>
        <source>A plant that runs makes at least this much (0 = no minimum); it may also be switched off. Not above its capacity with every investment module. Unit: units/yr. Default: 0.</source>
        <translation>Loji yang beroperasi menghasilkan sekurang-kurangnya jumlah ini (0 = tiada minimum); loji juga boleh dihentikan. Tidak melebihi kapasitinya dengan semua modul pelaburan. Unit: unit/thn. Lalai: 0.</translation>
    </message>
    <message>
        <source>Plant that consumes the input.</source>
        <translation>Kilang yang menggunakan input.</translation>
    </message>
    <message>
        <source>Plant that consumes the input. Required.</source>
        <translation>Kilang yang menggunakan input. Wajib.</translation>
    </message>
    <message>
        <source>Product consumed.</source>
        <translation>Produk yang digunakan.</translation>
    </message>
    <message>
        <source>Product consumed. Required.</source>
        <translation>Produk yang digunakan. Wajib.</translation>
    </message>
    <message>
        <source>Units of input per unit of the plant&apos;s output.</source>
        <translation>Unit input bagi setiap unit keluaran kilang.</translation>
    </message>
    <message>
        <source>units/unit</source>
        <translation>unit/unit</translation>
    </message>
    <message>
        <source>Units of input per unit of the plant&apos;s output. Unit: units/unit. Required.</source>
        <translation>Unit input bagi setiap unit keluaran kilang. Unit: unit/unit. Wajib.</translation>
    </message>
    <message>
        <source>Site where the product can be bought.</source>
        <translation>Tapak tempat produk boleh dibeli.</translation>
    </message>
    <message>
        <source>Site where the product can be bought. Required.</source>
        <translation>Tapak tempat produk boleh dibeli. Wajib.</translation>
    </message>
    <message>
        <source>Product bought.</source>
        <translation>Produk yang dibeli.</translation>
    </message>
    <message>
        <source>Product bought. Required.</source>
        <translation>Produk yang dibeli. Wajib.</translation>
    </message>
    <message>
        <source>Maximum purchase per year; blank means unlimited.</source>
        <translation>Belian maksimum setahun; kosong bermakna tiada had.</translation>
    </message>
    <message>
        <source>Maximum purchase per year; blank means unlimited. Unit: units/yr.</source>
        <translation>Belian maksimum setahun; kosong bermakna tiada had. Unit: unit/thn.</translation>
    </message>
    <message>
        <source>Purchase price per unit.</source>
        <translation>Harga belian seunit.</translation>
    </message>
    <message>
        <source>Purchase price per unit. Unit: currency/unit. Default: 0.</source>
        <translation>Harga belian seunit. Unit: mata wang/unit. Lalai: 0.</translation>
    </message>
    <message>
        <source>Country where the goods were mined, grown or made (ISO alpha-2); blank means the site&apos;s country.</source>
        <translation>Negara tempat barang dilombong, ditanam atau dibuat (ISO alpha-2); kosong bermaksud negara tapak.</translation>
    </message>
    <message>
        <source>yes or no: whether the goods count as originating under each trade agreement their origin country belongs to.</source>
        <translation>yes atau no: sama ada barang dikira berasal di bawah setiap perjanjian perdagangan yang disertai negara asalnya.</translation>
    </message>
    <message>
        <source>yes or no: whether the goods count as originating under each trade agreement their origin country belongs to. Default: yes.</source>
        <translation>yes atau no: sama ada barang dikira berasal di bawah setiap perjanjian perdagangan yang disertai negara asalnya. Lalai: yes.</translation>
    </message>
    <message>
        <source>Unique lane identifier.</source>
        <translation>Pengecam laluan yang unik.</translation>
    </message>
    <message>
        <source>Unique lane identifier. Required.</source>
        <translation>Pengecam laluan yang unik. Wajib.</translation>
    </message>
    <message>
        <source>Site the lane starts from.</source>
        <translation>Tapak permulaan laluan.</translation>
    </message>
    <message>
        <source>Site the lane starts from. Required.</source>
        <translation>Tapak permulaan laluan. Wajib.</translation>
    </message>
    <message>
        <source>Site the lane arrives at (different from the origin); lanes are directed.</source>
        <translation>Tapak ketibaan laluan (berbeza daripada asal); laluan berarah.</translation>
    </message>
    <message>
        <source>Site the lane arrives at (different from the origin); lanes are directed. Required.</source>
        <translation>Tapak ketibaan laluan (berbeza daripada asal); laluan berarah. Wajib.</translation>
    </message>
    <message>
        <source>Transport mode: sea, rail, road, sea-rail ...</source>
        <translation>Mod pengangkutan: sea (laut), rail (rel), road (jalan raya), sea-rail (laut-rel) ...</translation>
    </message>
    <message>
        <source>Freight cost per tonne carried.</source>
        <translation>Tambang bagi setiap tan yang dibawa.</translation>
    </message>
    <message>
        <source>currency/t</source>
        <translation>currency/t</translation>
    </message>
    <message>
        <source>Freight cost per tonne carried. Unit: currency/t. Default: 0.</source>
        <translation>Tambang bagi setiap tan yang dibawa. Unit: mata wang/t. Lalai: 0.</translation>
    </message>
    <message>
        <source>Maximum tonnes per year over all products; blank means unlimited.</source>
        <translation>Tan maksimum setahun bagi semua produk; kosong bermakna tiada had.</translation>
    </message>
    <message>
        <source>t/yr</source>
        <translation>t/thn</translation>
    </message>
    <message>
        <source>Maximum tonnes per year over all products; blank means unlimited. Unit: t/yr.</source>
        <translation>Tan maksimum setahun bagi semua produk; kosong bermakna tiada had. Unit: t/thn.</translation>
    </message>
    <message>
        <source>Door-to-door transit time.</source>
        <translation>Masa transit dari pintu ke pintu.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>hari</translation>
    </message>
    <message>
        <source>Door-to-door transit time. Unit: days.</source>
        <translation>Masa transit dari pintu ke pintu. Unit: hari.</translation>
    </message>
    <message>
        <source>CO2 emitted per tonne carried.</source>
        <translation>CO2 yang dilepaskan bagi setiap tan yang dibawa.</translation>
    </message>
    <message>
        <source>kg/t</source>
        <translation>kg/t</translation>
    </message>
    <message>
        <source>CO2 emitted per tonne carried. Unit: kg/t. Default: 0.</source>
        <translation>CO2 yang dilepaskan bagi setiap tan yang dibawa. Unit: kg/t. Lalai: 0.</translation>
    </message>
    <message>
        <source>Product ids or families the lane may carry, separated by commas; blank means any.</source>
        <translation>Id produk atau keluarga yang boleh dibawa oleh laluan, dipisahkan dengan koma; kosong bermakna sebarang.</translation>
    </message>
    <message>
        <source>Market site.</source>
        <translation>Tapak pasaran.</translation>
    </message>
    <message>
        <source>Market site. Required.</source>
        <translation>Tapak pasaran. Wajib.</translation>
    </message>
    <message>
        <source>Product demanded.</source>
        <translation>Produk yang diminta.</translation>
    </message>
    <message>
        <source>Product demanded. Required.</source>
        <translation>Produk yang diminta. Wajib.</translation>
    </message>
    <message>
        <source>Units demanded per year.</source>
        <translation>Unit yang diminta setahun.</translation>
    </message>
    <message>
        <source>Units demanded per year. Unit: units/yr. Required.</source>
        <translation>Unit yang diminta setahun. Unit: unit/thn. Wajib.</translation>
    </message>
    <message>
        <source>Cost of each unit not delivered; blank means the Settings unmet_penalty.</source>
        <translation>Kos bagi setiap unit yang tidak dihantar; kosong bermakna unmet_penalty dalam Settings.</translation>
    </message>
    <message>
        <source>Cost of each unit not delivered; blank means the Settings unmet_penalty. Unit: currency/unit.</source>
        <translation>Kos bagi setiap unit yang tidak dihantar; kosong bermakna unmet_penalty dalam Settings. Unit: mata wang/unit.</translation>
    </message>
    <message>
        <source>Product id, or * for any product.</source>
        <translation>Id produk, atau * bagi sebarang produk.</translation>
    </message>
    <message>
        <source>Product id, or * for any product. Required.</source>
        <translation>Id produk, atau * bagi sebarang produk. Wajib.</translation>
    </message>
    <message>
        <source>Exporting country (ISO alpha-2), or * for any.</source>
        <translation>Negara pengeksport (ISO alpha-2), atau * bagi sebarang.</translation>
    </message>
    <message>
        <source>Exporting country (ISO alpha-2), or * for any. Required.</source>
        <translation>Negara pengeksport (ISO alpha-2), atau * bagi sebarang. Wajib.</translation>
    </message>
    <message>
        <source>Importing country (ISO alpha-2), or * for any.</source>
        <translation>Negara pengimport (ISO alpha-2), atau * bagi sebarang.</translation>
    </message>
    <message>
        <source>Importing country (ISO alpha-2), or * for any. Required.</source>
        <translation>Negara pengimport (ISO alpha-2), atau * bagi sebarang. Wajib.</translation>
    </message>
    <message>
        <source>Ad valorem rate as a fraction of value_per_unit (0.05 = 5%).</source>
        <translation>Kadar ad valorem sebagai pecahan value_per_unit (0.05 = 5%).</translation>
    </message>
    <message>
        <source>fraction</source>
        <translation>pecahan</translation>
    </message>
    <message>
        <source>Ad valorem rate as a fraction of value_per_unit (0.05 = 5%). Unit: fraction. Required.</source>
        <translation>Kadar ad valorem sebagai pecahan value_per_unit (0.05 = 5%). Unit: pecahan. Wajib.</translation>
    </message>
    <message>
        <source>Blank for the general (MFN) rate; an agreement id for the preferential rate of goods originating under it (the lower of the two applies).</source>
        <translation>Kosong untuk kadar am (MFN); id perjanjian untuk kadar keutamaan barang yang berasal di bawahnya (yang lebih rendah antara keduanya terpakai).</translation>
    </message>
    <message>
        <source>Trade agreement id (e.g. RCEP, ACFTA); one row per member country.</source>
        <translation>Id perjanjian perdagangan (cth. RCEP, ACFTA); satu baris bagi setiap negara anggota.</translation>
    </message>
    <message>
        <source>Trade agreement id (e.g. RCEP, ACFTA); one row per member country. Required.</source>
        <translation>Id perjanjian perdagangan (cth. RCEP, ACFTA); satu baris bagi setiap negara anggota. Wajib.</translation>
    </message>
    <message>
        <source>Member country (ISO alpha-2).</source>
        <translation>Negara anggota (ISO alpha-2).</translation>
    </message>
    <message>
        <source>Member country (ISO alpha-2). Required.</source>
        <translation>Negara anggota (ISO alpha-2). Wajib.</translation>
    </message>
    <message>
        <source>Agreement whose rule of origin this row states.</source>
        <translation>Perjanjian yang peraturan asalnya dinyatakan oleh baris ini.</translation>
    </message>
    <message>
        <source>Agreement whose rule of origin this row states. Required.</source>
        <translation>Perjanjian yang peraturan asalnya dinyatakan oleh baris ini. Wajib.</translation>
    </message>
    <message>
        <source>Product id, product family or * for any; an id beats a family beats *.</source>
        <translation>Id produk, keluarga produk atau * untuk mana-mana; id mengatasi keluarga, keluarga mengatasi *.</translation>
    </message>
    <message>
        <source>Product id, product family or * for any; an id beats a family beats *. Required.</source>
        <translation>Id produk, keluarga produk atau * untuk mana-mana; id mengatasi keluarga, keluarga mengatasi *. Wajib.</translation>
    </message>
    <message>
        <source>Minimum regional value content by the build-down method (0.4 = 40%); blank means no RVC option.</source>
        <translation>Kandungan nilai serantau minimum mengikut kaedah build-down (0.4 = 40%); kosong bermaksud tiada pilihan RVC.</translation>
    </message>
    <message>
        <source>Minimum regional value content by the build-down method (0.4 = 40%); blank means no RVC option. Unit: fraction.</source>
        <translation>Kandungan nilai serantau minimum mengikut kaedah build-down (0.4 = 40%); kosong bermaksud tiada pilihan RVC. Unit: pecahan.</translation>
    </message>
    <message>
        <source>Tariff-shift option: CC (chapter), CTH (heading) or CTSH (subheading); blank means none.</source>
        <translation>Pilihan peralihan tarif: CC (bab), CTH (tajuk) atau CTSH (subtajuk); kosong bermaksud tiada.</translation>
    </message>
    <message>
        <source>Share of the product&apos;s value that non-originating inputs failing the tariff shift may have.</source>
        <translation>Bahagian nilai produk yang boleh dimiliki oleh input bukan berasal yang tidak memenuhi peralihan tarif (de minimis).</translation>
    </message>
    <message>
        <source>Share of the product&apos;s value that non-originating inputs failing the tariff shift may have. Unit: fraction. Default: 0.1.</source>
        <translation>Bahagian nilai produk yang boleh dimiliki oleh input bukan berasal yang tidak memenuhi peralihan tarif (de minimis). Unit: pecahan. Lalai: 0.1.</translation>
    </message>
    <message>
        <source>Unique investment identifier.</source>
        <translation>Pengecam pelaburan yang unik.</translation>
    </message>
    <message>
        <source>Unique investment identifier. Required.</source>
        <translation>Pengecam pelaburan yang unik. Wajib.</translation>
    </message>
    <message>
        <source>Plant whose capacity the modules add to (give a plant or a lane, not both); a new plant is a Plants row with capacity 0.</source>
        <translation>Loji yang kapasitinya ditambah oleh modul (beri loji atau laluan, bukan kedua-duanya); loji baharu ialah baris Plants dengan kapasiti 0.</translation>
    </message>
    <message>
        <source>Lane whose capacity_tonnes the modules add to (give a plant or a lane, not both); the lane must have a capacity_tonnes.</source>
        <translation>Laluan yang capacity_tonnes ditambah oleh modul (beri loji atau laluan, bukan kedua-duanya); laluan mesti mempunyai capacity_tonnes.</translation>
    </message>
    <message>
        <source>Capacity one module adds: units/yr for a plant, t/yr for a lane.</source>
        <translation>Kapasiti yang ditambah oleh satu modul: unit/thn untuk loji, t/thn untuk laluan.</translation>
    </message>
    <message>
        <source>per module</source>
        <translation>setiap modul</translation>
    </message>
    <message>
        <source>Capacity one module adds: units/yr for a plant, t/yr for a lane. Unit: per module. Required.</source>
        <translation>Kapasiti yang ditambah oleh satu modul: unit/thn untuk loji, t/thn untuk laluan. Unit: setiap modul. Wajib.</translation>
    </message>
    <message>
        <source>Annualised capital cost plus fixed operating cost of one module per year.</source>
        <translation>Kos modal tahunan serta kos operasi tetap bagi satu modul setahun.</translation>
    </message>
    <message>
        <source>currency/module/yr</source>
        <translation>mata wang/modul/thn</translation>
    </message>
    <message>
        <source>Annualised capital cost plus fixed operating cost of one module per year. Unit: currency/module/yr. Required.</source>
        <translation>Kos modal tahunan serta kos operasi tetap bagi satu modul setahun. Unit: mata wang/modul/thn. Wajib.</translation>
    </message>
    <message>
        <source>Most modules that may be built (a whole number).</source>
        <translation>Bilangan modul maksimum yang boleh dibina (nombor bulat).</translation>
    </message>
    <message>
        <source>modules</source>
        <translation>modul</translation>
    </message>
    <message>
        <source>Most modules that may be built (a whole number). Unit: modules. Default: 1.</source>
        <translation>Bilangan modul maksimum yang boleh dibina (nombor bulat). Unit: modul. Lalai: 1.</translation>
    </message>
    <message>
        <source>Modules already committed: built whatever the plan (a whole number, at most max_modules).</source>
        <translation>Modul yang telah dikomitkan: dibina walau apa pun pelannya (nombor bulat, paling banyak max_modules).</translation>
    </message>
    <message>
        <source>Modules already committed: built whatever the plan (a whole number, at most max_modules). Unit: modules. Default: 0.</source>
        <translation>Modul yang telah dikomitkan: dibina walau apa pun pelannya (nombor bulat, paling banyak max_modules). Unit: modul. Lalai: 0.</translation>
    </message>
    <message>
        <source>Unique chokepoint group identifier (a strait, a port, a corridor).</source>
        <translation>Pengecam kumpulan titik sempit yang unik (selat, pelabuhan, koridor).</translation>
    </message>
    <message>
        <source>Unique chokepoint group identifier (a strait, a port, a corridor). Required.</source>
        <translation>Pengecam kumpulan titik sempit yang unik (selat, pelabuhan, koridor). Wajib.</translation>
    </message>
    <message>
        <source>Lane ids of the group, separated by commas.</source>
        <translation>Pengecam laluan kumpulan, dipisahkan dengan koma.</translation>
    </message>
    <message>
        <source>Site ids of the group, separated by commas: the tonnes arriving at them by lane count.</source>
        <translation>Pengecam tapak kumpulan, dipisahkan dengan koma: tan yang tiba di tapak itu melalui laluan dikira.</translation>
    </message>
    <message>
        <source>Product ids or families the share counts, separated by commas; blank means all.</source>
        <translation>Pengecam produk atau keluarga produk yang dikira dalam bahagian, dipisahkan dengan koma; kosong bermaksud semua.</translation>
    </message>
    <message>
        <source>Most tonnes of those products on the group, as a share of the tonnes of them delivered to demand or consumed by plants; blank means no limit.</source>
        <translation>Tan maksimum produk itu pada kumpulan, sebagai bahagian daripada tan produk itu yang dihantar kepada permintaan atau digunakan oleh loji; kosong bermaksud tiada had.</translation>
    </message>
    <message>
        <source>Most tonnes of those products on the group, as a share of the tonnes of them delivered to demand or consumed by plants; blank means no limit. Unit: fraction.</source>
        <translation>Tan maksimum produk itu pada kumpulan, sebagai bahagian daripada tan produk itu yang dihantar kepada permintaan atau digunakan oleh loji; kosong bermaksud tiada had. Unit: pecahan.</translation>
    </message>
    <message>
        <source>Unique risk identifier.</source>
        <translation>Pengecam risiko yang unik.</translation>
    </message>
    <message>
        <source>Unique risk identifier. Required.</source>
        <translation>Pengecam risiko yang unik. Wajib.</translation>
    </message>
    <message>
        <source>What varies: lane, site, plant or chokepoint (a closure with a probability), or supply_cost, lane_cost, demand or currency (a multiplicative shock with a distribution).</source>
        <translation>Apa yang berubah: lane, site, plant atau chokepoint (penutupan dengan kebarangkalian), atau supply_cost, lane_cost, demand atau currency (kejutan pendaraban dengan taburan).</translation>
    </message>
    <message>
        <source>What varies: lane, site, plant or chokepoint (a closure with a probability), or supply_cost, lane_cost, demand or currency (a multiplicative shock with a distribution). Required.</source>
        <translation>Apa yang berubah: lane, site, plant atau chokepoint (penutupan dengan kebarangkalian), atau supply_cost, lane_cost, demand atau currency (kejutan pendaraban dengan taburan). Wajib.</translation>
    </message>
    <message>
        <source>What the factor acts on: the lane, site, plant or chokepoint id closed; the product family of supply_cost (Supply.cost_per_unit); the lane mode of lane_cost (Lanes.cost_per_tonne); the market site of demand (Demand.quantity); the country of currency (supply and production costs of its sites).</source>
        <translation>Sasaran faktor: id laluan, tapak, loji atau titik sempit yang ditutup; keluarga produk bagi supply_cost (Supply.cost_per_unit); mod laluan bagi lane_cost (Lanes.cost_per_tonne); tapak pasaran bagi demand (Demand.quantity); negara bagi currency (kos bekalan dan pengeluaran tapaknya).</translation>
    </message>
    <message>
        <source>What the factor acts on: the lane, site, plant or chokepoint id closed; the product family of supply_cost (Supply.cost_per_unit); the lane mode of lane_cost (Lanes.cost_per_tonne); the market site of demand (Demand.quantity); the country of currency (supply and production costs of its sites). Required.</source>
        <translation>Sasaran faktor: id laluan, tapak, loji atau titik sempit yang ditutup; keluarga produk bagi supply_cost (Supply.cost_per_unit); mod laluan bagi lane_cost (Lanes.cost_per_tonne); tapak pasaran bagi demand (Demand.quantity); negara bagi currency (kos bekalan dan pengeluaran tapaknya). Wajib.</translation>
    </message>
    <message>
        <source>Chance that the closure happens in a sampled year (closures only).</source>
        <translation>Peluang penutupan berlaku dalam tahun sampel (penutupan sahaja).</translation>
    </message>
    <message>
        <source>Chance that the closure happens in a sampled year (closures only). Unit: fraction.</source>
        <translation>Peluang penutupan berlaku dalam tahun sampel (penutupan sahaja). Unit: pecahan.</translation>
    </message>
    <message>
        <source>Share of the year a closure lasts: capacities are scaled by 1 - duration (1 closes the element all year; an element without a capacity is only affected when closed all year).</source>
        <translation>Bahagian tahun penutupan berlangsung: kapasiti didarab dengan 1 - duration (1 menutup elemen sepanjang tahun; elemen tanpa kapasiti hanya terjejas apabila ditutup sepanjang tahun).</translation>
    </message>
    <message>
        <source>Share of the year a closure lasts: capacities are scaled by 1 - duration (1 closes the element all year; an element without a capacity is only affected when closed all year). Unit: fraction. Default: 1.</source>
        <translation>Bahagian tahun penutupan berlangsung: kapasiti didarab dengan 1 - duration (1 menutup elemen sepanjang tahun; elemen tanpa kapasiti hanya terjejas apabila ditutup sepanjang tahun). Unit: pecahan. Lalai: 1.</translation>
    </message>
    <message>
        <source>Distribution of a shock&apos;s multiplier (shocks only): normal, lognormal, triangular, uniform or empirical; a multiplier below 0 counts as 0.</source>
        <translation>Taburan pendarab kejutan (kejutan sahaja): normal, lognormal, triangular, uniform atau empirical; pendarab di bawah 0 dikira sebagai 0.</translation>
    </message>
    <message>
        <source>The distribution&apos;s parameters separated by semicolons: normal mean;sd, lognormal mu;sigma (of the logarithm), triangular low;mode;high, uniform low;high, empirical v1;v2;... (equally likely).</source>
        <translation>Parameter taburan dipisahkan dengan koma bertitik: normal mean;sd, lognormal mu;sigma (bagi logaritma), triangular low;mode;high, uniform low;high, empirical v1;v2;... (sama kemungkinan).</translation>
    </message>
    <message>
        <source>Correlation group: the factors of one group share one uniform draw per sample (a closure happens when it is below the probability, a shock is the draw&apos;s quantile) so they move together; blank: independent.</source>
        <translation>Kumpulan korelasi: faktor satu kumpulan berkongsi satu cabutan seragam bagi setiap sampel (penutupan berlaku apabila cabutan di bawah kebarangkalian, kejutan ialah kuantil cabutan) supaya bergerak bersama; kosong: bebas.</translation>
    </message>
    <message>
        <source>Name of the scenario the override belongs to.</source>
        <translation>Nama senario yang memiliki penggantian ini.</translation>
    </message>
    <message>
        <source>Name of the scenario the override belongs to. Required.</source>
        <translation>Nama senario yang memiliki penggantian ini. Wajib.</translation>
    </message>
    <message>
        <source>Sheet whose rows it changes (Plants, Lanes, Demand ...).</source>
        <translation>Helaian yang barisnya diubah (Plants, Lanes, Demand ...).</translation>
    </message>
    <message>
        <source>Sheet whose rows it changes (Plants, Lanes, Demand ...). Required.</source>
        <translation>Helaian yang barisnya diubah (Plants, Lanes, Demand ...). Wajib.</translation>
    </message>
    <message>
        <source>The row&apos;s id (site/product on Supply and Demand, plant/input on Recipes, product/origin/destination on Tariffs, the setting on Settings), or * for every row.</source>
        <translation>Id baris (site/product pada Supply dan Demand, plant/input pada Recipes, product/origin/destination pada Tariffs, tetapan pada Settings), atau * untuk setiap baris.</translation>
    </message>
    <message>
        <source>The row&apos;s id (site/product on Supply and Demand, plant/input on Recipes, product/origin/destination on Tariffs, the setting on Settings), or * for every row. Required.</source>
        <translation>Id baris (site/product pada Supply dan Demand, plant/input pada Recipes, product/origin/destination pada Tariffs, tetapan pada Settings), atau * untuk setiap baris. Wajib.</translation>
    </message>
    <message>
        <source>Column it changes.</source>
        <translation>Lajur yang diubah.</translation>
    </message>
    <message>
        <source>Column it changes. Required.</source>
        <translation>Lajur yang diubah. Wajib.</translation>
    </message>
    <message>
        <source>New value of the cell; give either value or factor.</source>
        <translation>Nilai baharu sel; beri sama ada value atau factor.</translation>
    </message>
    <message>
        <source>Multiplier of the cell (a blank cell takes its default first); give either value or factor.</source>
        <translation>Pendarab sel (sel kosong mengambil nilai lalainya dahulu); beri sama ada value atau factor.</translation>
    </message>
    <message>
        <source>Setting name.</source>
        <translation>Nama tetapan.</translation>
    </message>
    <message>
        <source>Setting name. Required.</source>
        <translation>Nama tetapan. Wajib.</translation>
    </message>
    <message>
        <source>Setting value.</source>
        <translation>Nilai tetapan.</translation>
    </message>
    <message>
        <source>Workbook format version; this tool reads versions 1 and 2 and saves version 2.</source>
        <translation>Versi format buku kerja; alat ini membaca versi 1 dan 2 dan menyimpan versi 2.</translation>
    </message>
    <message>
        <source>Currency of every cost in the workbook.</source>
        <translation>Mata wang bagi setiap kos dalam buku kerja.</translation>
    </message>
    <message>
        <source>Default cost of each undelivered unit of demand.</source>
        <translation>Kos lalai bagi setiap unit permintaan yang tidak dihantar.</translation>
    </message>
    <message>
        <source>Price of one tonne of CO2 emitted by production and transport.</source>
        <translation>Harga bagi satu tan CO2 yang dilepaskan oleh pengeluaran dan pengangkutan.</translation>
    </message>
    <message>
        <source>currency/t CO2</source>
        <translation>currency/t CO2</translation>
    </message>
    <message>
        <source>LP solver: highs or cbc.</source>
        <translation>Penyelesai LP: highs atau cbc.</translation>
    </message>
    <message>
        <source>Time the solver may take before it stops without a proven optimum.</source>
        <translation>Masa yang boleh diambil oleh penyelesai sebelum berhenti tanpa optimum yang terbukti.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Relative gap between the best plan found and the proven bound at which a model with investments or minimum outputs counts as solved.</source>
        <translation>Jurang relatif antara pelan terbaik yang ditemui dengan had yang dibuktikan, di mana model dengan pelaburan atau output minimum dikira selesai.</translation>
    </message>
</context>
<context>
    <name>solver</name>
    <message>
        <source>nothing to plan: the workbook has no demand rows</source>
        <translation>tiada apa untuk dirancang: buku kerja tiada baris permintaan</translation>
    </message>
    <message>
        <source>the workbook has errors</source>
        <translation>buku kerja mempunyai ralat</translation>
    </message>
    <message>
        <source>the solve was cancelled</source>
        <translation>penyelesaian telah dibatalkan</translation>
    </message>
    <message>
        <source>proven optimal</source>
        <translation>terbukti optimum</translation>
    </message>
    <message>
        <source>the time limit ran out before optimality was proven</source>
        <translation>had masa tamat sebelum keoptimuman dibuktikan</translation>
    </message>
    <message>
        <source>the time limit ran out before optimality was proven; the best plan found is kept</source>
        <translation>had masa tamat sebelum keoptimuman dibuktikan; pelan terbaik yang ditemui disimpan</translation>
    </message>
    <message>
        <source>the LP is infeasible</source>
        <translation>LP tidak tersaur</translation>
    </message>
    <message>
        <source>the LP is unbounded or infeasible</source>
        <translation>LP tidak terbatas atau tidak tersaur</translation>
    </message>
    <message>
        <source>the LP is unbounded</source>
        <translation>LP tidak terbatas</translation>
    </message>
    <message>
        <source>CBC stopped before proving optimality (time limit)</source>
        <translation>CBC berhenti sebelum keoptimuman dibuktikan (had masa)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>the Scenarios sheet lacks the column(s) {missing}; row 1 must name {header} and value and/or factor</source>
        <translation>helaian Scenarios tiada lajur {missing}; baris 1 mesti menamakan {header} serta value dan/atau factor</translation>
    </message>
    <message>
        <source>{column} is required: {help}</source>
        <translation>{column} wajib diisi: {help}</translation>
    </message>
    <message>
        <source>both value and factor are filled; give exactly one: value replaces the cell, factor multiplies it</source>
        <translation>value dan factor kedua-duanya diisi; beri satu sahaja: value menggantikan sel, factor mendarabkannya</translation>
    </message>
    <message>
        <source>neither value nor factor is filled; give exactly one: value replaces the cell, factor multiplies it</source>
        <translation>value dan factor kedua-duanya kosong; beri satu sahaja: value menggantikan sel, factor mendarabkannya</translation>
    </message>
    <message>
        <source>sheet &apos;{sheet}&apos; is not a sheet of the model; use one of {allowed}</source>
        <translation>helaian &apos;{sheet}&apos; bukan helaian model; gunakan salah satu daripada {allowed}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting; use one of {allowed}</source>
        <translation>&apos;{key}&apos; bukan tetapan; gunakan salah satu daripada {allowed}</translation>
    </message>
    <message>
        <source>no row of {sheet} has the key &apos;{key}&apos;; write the row&apos;s {shape} (parts separated by /), or * for every row</source>
        <translation>tiada baris {sheet} yang mempunyai kunci &apos;{key}&apos;; tulis {shape} baris itu (bahagian dipisahkan dengan /), atau * untuk setiap baris</translation>
    </message>
    <message>
        <source>&apos;{column}&apos; is not a column of {sheet}; use one of {allowed}</source>
        <translation>&apos;{column}&apos; bukan lajur {sheet}; gunakan salah satu daripada {allowed}</translation>
    </message>
    <message>
        <source>{column} identifies the row; a scenario cannot change it</source>
        <translation>{column} mengenal pasti baris; senario tidak boleh mengubahnya</translation>
    </message>
    <message>
        <source>{sheet} {column} is not a number, so it cannot be multiplied by a factor; use value instead</source>
        <translation>{column} pada {sheet} bukan nombor, jadi ia tidak boleh didarab dengan factor; gunakan value</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos;: {problem}</source>
        <translation>senario &apos;{scenario}&apos;: {problem}</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; makes {cell} invalid: {problem}</source>
        <translation>senario &apos;{scenario}&apos; menjadikan {cell} tidak sah: {problem}</translation>
    </message>
    <message>
        <source>&gt; {lower}</source>
        <translation>&gt; {lower}</translation>
    </message>
    <message>
        <source>≥ {lower}</source>
        <translation>≥ {lower}</translation>
    </message>
    <message>
        <source>&gt; {lower} and ≤ {upper}</source>
        <translation>lebih daripada {lower} dan paling banyak {upper}</translation>
    </message>
    <message>
        <source>≥ {lower} and &lt; {upper}</source>
        <translation>≥ {lower} dan &lt; {upper}</translation>
    </message>
    <message>
        <source>between {lower} and {upper}</source>
        <translation>antara {lower} dan {upper}</translation>
    </message>
    <message>
        <source>the required sheet {sheet} is missing; add a sheet named {sheet} with the columns {columns}</source>
        <translation>helaian wajib {sheet} tiada; tambah helaian bernama {sheet} dengan lajur {columns}</translation>
    </message>
    <message>
        <source>the Demand sheet has no rows: there is nothing to plan; add one row per market and product</source>
        <translation>helaian Demand tiada baris: tiada apa untuk dirancang; tambah satu baris bagi setiap pasaran dan produk</translation>
    </message>
    <message>
        <source>the workbook needs a Plants or a Supply sheet: nothing can be made or bought</source>
        <translation>buku kerja memerlukan helaian Plants atau Supply: tiada apa yang boleh dibuat atau dibeli</translation>
    </message>
    <message>
        <source>the required column &apos;{column}&apos; is missing; add it to row 1 ({help})</source>
        <translation>lajur wajib &apos;{column}&apos; tiada; tambahkannya pada baris 1 ({help})</translation>
    </message>
    <message>
        <source>the formula {formula} has no saved result (the file was not last saved by Excel); type the value, or open and save the workbook in Excel</source>
        <translation>formula {formula} tiada hasil tersimpan (fail ini tidak disimpan kali terakhir oleh Excel); taip nilainya, atau buka dan simpan buku kerja dalam Excel</translation>
    </message>
    <message>
        <source>country &apos;{value}&apos; is not an ISO 3166 alpha-2 code; write two letters such as CN or MY</source>
        <translation>negara &apos;{value}&apos; bukan kod ISO 3166 alpha-2; tulis dua huruf seperti CN atau MY</translation>
    </message>
    <message>
        <source>kind &apos;{value}&apos; is unknown; use one of {allowed}</source>
        <translation>jenis &apos;{value}&apos; tidak dikenali; gunakan salah satu daripada {allowed}</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; is not an id on the {target} sheet</source>
        <translation>{column} &apos;{value}&apos; bukan id pada helaian {target}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an id on the {target} sheet; list {target} ids separated by commas</source>
        <translation>&apos;{value}&apos; bukan pengecam pada helaian {target}; senaraikan pengecam {target} dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a product id nor a product family; list products or families separated by commas, or leave blank for any</source>
        <translation>&apos;{value}&apos; bukan id produk dan bukan keluarga produk; senaraikan produk atau keluarga dipisahkan dengan koma, atau biarkan kosong untuk sebarang produk</translation>
    </message>
    <message>
        <source> ({unit})</source>
        <translation> ({unit})</translation>
    </message>
    <message>
        <source>{column} is a number of {digits} digits, far too large; type a number {range}{unit}</source>
        <translation>{column} ialah nombor {digits} digit, terlalu besar; taipkan nombor {range}{unit}</translation>
    </message>
    <message>
        <source>{column} is &apos;{value}&apos;, not a number; type a number {range}{unit}</source>
        <translation>{column} ialah &apos;{value}&apos;, bukan nombor; taip nombor {range}{unit}</translation>
    </message>
    <message>
        <source>{column} is {number}; it must be a whole number</source>
        <translation>{column} ialah {number}; ia mesti nombor bulat</translation>
    </message>
    <message>
        <source>{column} is {number}; it must be {range}{unit}</source>
        <translation>{column} ialah {number}; ia mesti {range}{unit}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; appears again (first on row {first}); each {key} must be unique</source>
        <translation>&apos;{value}&apos; muncul semula (kali pertama pada baris {first}); setiap {key} mesti unik</translation>
    </message>
    <message>
        <source>the lane goes from &apos;{site}&apos; to itself; a lane joins two different sites</source>
        <translation>laluan ini pergi dari &apos;{site}&apos; ke dirinya sendiri; laluan menghubungkan dua tapak berlainan</translation>
    </message>
    <message>
        <source>this tariff and the one on row {first} are equally specific and both apply to {overlap}; make one more specific or remove one</source>
        <translation>tarif ini dan tarif pada baris {first} sama khusus dan kedua-duanya terpakai pada {overlap}; jadikan satu lebih khusus atau buang satu</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mana-mana negara</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>sebarang produk</translation>
    </message>
    <message>
        <source>{product} from {origin} to {destination}</source>
        <translation>{product} dari {origin} ke {destination}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting this tool knows (it is kept but ignored); known: {known}</source>
        <translation>&apos;{key}&apos; bukan tetapan yang dikenali oleh alat ini (ia disimpan tetapi diabaikan); yang dikenali: {known}</translation>
    </message>
    <message>
        <source>schema_version is &apos;{value}&apos;; this tool reads version {version} workbooks</source>
        <translation>schema_version ialah &apos;{value}&apos;; alat ini membaca buku kerja versi {version}</translation>
    </message>
    <message>
        <source>solver &apos;{value}&apos; is unknown; use one of {allowed}</source>
        <translation>penyelesai &apos;{value}&apos; tidak dikenali; gunakan salah satu daripada {allowed}</translation>
    </message>
    <message>
        <source>{key} is &apos;{value}&apos;; it must be a number {range}{unit}</source>
        <translation>{key} ialah &apos;{value}&apos;; ia mesti nombor {range}{unit}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook file; give the path of an .xlsx file</source>
        <translation>{path} ialah folder, bukan fail buku kerja; berikan laluan fail .xlsx</translation>
    </message>
    <message>
        <source>no such file: {path}</source>
        <translation>fail tidak wujud: {path}</translation>
    </message>
    <message>
        <source>the file is {size} MiB (limit {limit} MiB); it is not a planning workbook</source>
        <translation>fail ini bersaiz {size} MiB (had {limit} MiB); ia bukan buku kerja perancangan</translation>
    </message>
    <message>
        <source>the file is a damaged zip archive ({error}); it is not a readable .xlsx workbook</source>
        <translation>fail ini arkib zip yang rosak ({error}); ia bukan buku kerja .xlsx yang boleh dibaca</translation>
    </message>
    <message>
        <source>the workbook is protected with a password (encrypted), so it cannot be read; in Excel remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password) and save it again</source>
        <translation>buku kerja ini dilindungi kata laluan (disulitkan), jadi ia tidak boleh dibaca; dalam Excel buang kata laluan (Fail &gt; Maklumat &gt; Lindungi Buku Kerja &gt; Sulitkan dengan Kata Laluan) dan simpan semula</translation>
    </message>
    <message>
        <source>an Excel 97-2003 .xls file (or another OLE document)</source>
        <translation>fail .xls Excel 97-2003 (atau dokumen OLE lain)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>plain text (perhaps CSV renamed to .xlsx)</source>
        <translation>teks biasa (mungkin CSV yang dinamakan semula kepada .xlsx)</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>bukan arkib zip</translation>
    </message>
    <message>
        <source>the file is {kind}, not an Excel .xlsx workbook; open it in Excel and save it as &apos;Excel Workbook (*.xlsx)&apos;</source>
        <translation>fail ini {kind}, bukan buku kerja Excel .xlsx; buka dalam Excel dan simpan sebagai &apos;Excel Workbook (*.xlsx)&apos;</translation>
    </message>
    <message>
        <source>the archive has {parts} parts (more than {limit}); it is not a planning workbook</source>
        <translation>arkib ini mempunyai {parts} bahagian (lebih daripada {limit}); ia bukan buku kerja perancangan</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (xl/workbook.xml is missing)</source>
        <translation>fail ini arkib zip tetapi bukan buku kerja .xlsx (xl/workbook.xml tiada)</translation>
    </message>
    <message>
        <source>the workbook would inflate to {size} MiB (limit {limit} MiB); refusing to open it</source>
        <translation>buku kerja ini akan mengembang kepada {size} MiB (had {limit} MiB); ia tidak dibuka</translation>
    </message>
    <message>
        <source>{where} declares a DTD or entities (a possible &apos;billion laughs&apos; entity bomb); Excel never writes these, so the file was refused</source>
        <translation>{where} mengisytiharkan DTD atau entiti (mungkin bom entiti &apos;billion laughs&apos;); Excel tidak pernah menulisnya, jadi fail ini ditolak</translation>
    </message>
    <message>
        <source>{where} would inflate to {size} MiB (limit {limit} MiB); refusing to open a possible zip bomb</source>
        <translation>{where} akan mengembang kepada {size} MiB (had {limit} MiB); kemungkinan bom zip tidak dibuka</translation>
    </message>
    <message>
        <source>{where} is compressed {ratio}:1 (limit {limit}:1); refusing to open a possible zip bomb</source>
        <translation>{where} dimampatkan {ratio}:1 (had {limit}:1); kemungkinan bom zip tidak dibuka</translation>
    </message>
    <message>
        <source>the sheet&apos;s XML part {part}</source>
        <translation>bahagian XML helaian {part}</translation>
    </message>
    <message>
        <source>the part {part}</source>
        <translation>bahagian {part}</translation>
    </message>
    <message>
        <source>the workbook is saved as &apos;Strict Open XML Spreadsheet&apos;, which this tool does not read; in Excel save it as &apos;Excel Workbook (*.xlsx)&apos;</source>
        <translation>buku kerja ini disimpan sebagai &apos;Strict Open XML Spreadsheet&apos;, yang tidak dibaca oleh alat ini; dalam Excel simpan sebagai &apos;Excel Workbook (*.xlsx)&apos;</translation>
    </message>
    <message>
        <source>the workbook has {sheets} sheets (more than {limit}); it is not a planning workbook</source>
        <translation>buku kerja ini mempunyai {sheets} helaian (lebih daripada {limit}); ia bukan buku kerja perancangan</translation>
    </message>
    <message>
        <source>{where} is encrypted inside the zip archive; Excel never writes such files, so it cannot be read</source>
        <translation>{where} disulitkan di dalam arkib zip; Excel tidak pernah menulis fail sebegitu, jadi ia tidak boleh dibaca</translation>
    </message>
    <message>
        <source>{where} is damaged ({error}); the file is not a readable .xlsx workbook (restore it from a backup, or open and repair it in Excel)</source>
        <translation>{where} rosak ({error}); fail ini bukan buku kerja .xlsx yang boleh dibaca (pulihkan daripada sandaran, atau buka dan baiki dalam Excel)</translation>
    </message>
    <message>
        <source>the file is not a readable .xlsx workbook ({error}: {detail})</source>
        <translation>fail ini bukan buku kerja .xlsx yang boleh dibaca ({error}: {detail})</translation>
    </message>
    <message>
        <source>a second sheet named &apos;{title}&apos;; keep only one</source>
        <translation>helaian kedua bernama &apos;{title}&apos;; simpan satu sahaja</translation>
    </message>
    <message>
        <source>the sheet is hidden in Excel; its rows are used all the same</source>
        <translation>helaian ini tersembunyi dalam Excel; baris-barisnya tetap digunakan</translation>
    </message>
    <message>
        <source>the chart sheet &apos;{title}&apos; is not part of the model and is not kept</source>
        <translation>helaian carta &apos;{title}&apos; bukan sebahagian daripada model dan tidak disimpan</translation>
    </message>
    <message>
        <source>the header &apos;{header}&apos; repeats column {letter}; give every column one header</source>
        <translation>pengepala &apos;{header}&apos; mengulangi lajur {letter}; beri setiap lajur satu pengepala</translation>
    </message>
    <message>
        <source>cells {cells} are merged, so only {first} holds a value; unmerge them and fill in every cell</source>
        <translation>sel {cells} digabungkan, jadi hanya {first} yang mempunyai nilai; nyahgabungkan dan isi setiap sel</translation>
    </message>
    <message>
        <source>an investment adds capacity to exactly one plant or one lane; fill in either plant or lane</source>
        <translation>pelaburan menambah kapasiti kepada tepat satu loji atau satu laluan; isikan sama ada plant atau lane</translation>
    </message>
    <message>
        <source>lane &apos;{lane}&apos; has no capacity_tonnes (unlimited), so a module cannot add to it; give the lane a capacity_tonnes</source>
        <translation>laluan &apos;{lane}&apos; tiada capacity_tonnes (tanpa had), jadi modul tidak boleh menambahnya; beri laluan itu capacity_tonnes</translation>
    </message>
    <message>
        <source>max_modules is {high} but {low} modules are already committed (min_modules); max_modules must be at least min_modules</source>
        <translation>max_modules ialah {high} tetapi {low} modul telah dikomitkan (min_modules); max_modules mesti sekurang-kurangnya min_modules</translation>
    </message>
    <message>
        <source>the chokepoint names no lanes and no sites; list the lane ids or site ids of the group</source>
        <translation>titik sempit ini tidak menamakan laluan atau tapak; senaraikan pengecam laluan atau tapak kumpulan</translation>
    </message>
    <message>
        <source>min_output {minimum} is above the largest capacity the plant can have ({largest} with every investment module); lower it or add modules</source>
        <translation>min_output {minimum} melebihi kapasiti terbesar yang boleh dimiliki loji ({largest} dengan semua modul pelaburan); kurangkan atau tambah modul</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; contains invisible characters (such as a zero-width space, {codes}); without them it is the id &apos;{id}&apos; on the {target} sheet: retype it</source>
        <translation>{column} &apos;{value}&apos; mengandungi aksara halimunan (seperti ruang lebar sifar, {codes}); tanpanya ia ialah id &apos;{id}&apos; pada helaian {target}: taip semula</translation>
    </message>
    <message>
        <source>{column} &apos;{value}&apos; looks like the id &apos;{id}&apos; on the {target} sheet but its accented letters are encoded differently (Unicode normalisation NFC vs NFD, e.g. typed on another computer); retype it</source>
        <translation>{column} &apos;{value}&apos; kelihatan seperti id &apos;{id}&apos; pada helaian {target} tetapi huruf beraksennya dikodkan secara berbeza (penormalan Unicode NFC lawan NFD, cth. ditaip pada komputer lain); taip semula</translation>
    </message>
    <message>
        <source>the file has a cell at row {row}, column {column}, beyond Excel&apos;s last cell XFD1048576; Excel did not write this file, so it was not read</source>
        <translation>fail ini mempunyai sel pada baris {row}, lajur {column}, melepasi sel terakhir Excel XFD1048576; fail ini tidak ditulis oleh Excel, jadi ia tidak dibaca</translation>
    </message>
    <message>
        <source>the sheet&apos;s cells reach {cell}, a grid of {cells} cells (the limit is {limit}); delete the far-away cells (Ctrl+End in Excel shows the last one) and save again</source>
        <translation>sel helaian ini sampai ke {cell}, grid {cells} sel (hadnya {limit}); padam sel yang jauh (Ctrl+End dalam Excel menunjukkan yang terakhir) dan simpan semula</translation>
    </message>
    <message>
        <source>{column} is &apos;{value}&apos;; write yes or no</source>
        <translation>{column} ialah &apos;{value}&apos;; tulis yes atau no</translation>
    </message>
    <message>
        <source>change &apos;{value}&apos; is unknown; use CC (chapter), CTH (heading) or CTSH (subheading), or leave blank</source>
        <translation>change &apos;{value}&apos; tidak dikenali; gunakan CC (bab), CTH (tajuk) atau CTSH (subtajuk), atau biarkan kosong</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is neither a product id nor a product family; name a product, a family or * for any</source>
        <translation>&apos;{value}&apos; bukan id produk dan bukan keluarga produk; namakan produk, keluarga atau * untuk mana-mana</translation>
    </message>
    <message>
        <source>hs_code {value} is a number, so Excel may have dropped digits (4011.10 reads as 4011.1); format the cell as text and type the code</source>
        <translation>hs_code {value} ialah nombor, jadi Excel mungkin telah membuang digit (4011.10 dibaca sebagai 4011.1); formatkan sel sebagai teks dan taip kod itu</translation>
    </message>
    <message>
        <source>hs_code &apos;{value}&apos; is not an HS code; write at least 4 digits, dots allowed, e.g. 7208 or 4011.10</source>
        <translation>hs_code &apos;{value}&apos; bukan kod HS; tulis sekurang-kurangnya 4 digit, titik dibenarkan, cth. 7208 atau 4011.10</translation>
    </message>
    <message>
        <source>the rule gives neither rvc nor change; give a minimum regional value content, a tariff shift (CC, CTH, CTSH) or both</source>
        <translation>peraturan ini tidak memberi rvc mahupun change; berikan kandungan nilai serantau minimum, peralihan tarif (CC, CTH, CTSH) atau kedua-duanya</translation>
    </message>
    <message>
        <source>product &apos;{product}&apos; needs an hs_code of at least {digits} digits: the tariff-shift rule on OriginRules row {rule} compares them</source>
        <translation>produk &apos;{product}&apos; memerlukan hs_code sekurang-kurangnya {digits} digit: peraturan peralihan tarif pada baris {rule} OriginRules membandingkannya</translation>
    </message>
    <message>
        <source>this lane can carry goods out of {country} that entered it from another country; since schema 2 their duty is paid once, by origin, where they are used, not at every border</source>
        <translation>laluan ini boleh membawa keluar dari {country} barang yang memasukinya dari negara lain; sejak skema 2 duti barang itu dibayar sekali, mengikut asal, di tempat ia digunakan, bukan di setiap sempadan</translation>
    </message>
    <message>
        <source>unknown factor &apos;{factor}&apos;; use one of {allowed}</source>
        <translation>faktor &apos;{factor}&apos; tidak dikenali; gunakan salah satu daripada {allowed}</translation>
    </message>
    <message>
        <source>{factor} &apos;{target}&apos; is not in the workbook; name one of its {factor} targets ({example})</source>
        <translation>{factor} &apos;{target}&apos; tiada dalam buku kerja; namakan salah satu sasaran {factor} ({example})</translation>
    </message>
    <message>
        <source>a closure needs a probability between 0 and 1</source>
        <translation>penutupan memerlukan kebarangkalian antara 0 dan 1</translation>
    </message>
    <message>
        <source>a closure has a probability, not a {column}; clear the cell or make the factor a shock</source>
        <translation>penutupan mempunyai kebarangkalian, bukan {column}; kosongkan sel atau jadikan faktor itu kejutan</translation>
    </message>
    <message>
        <source>a shock has a distribution, not a {column}; clear the cell or make the factor a closure</source>
        <translation>kejutan mempunyai taburan, bukan {column}; kosongkan sel atau jadikan faktor itu penutupan</translation>
    </message>
    <message>
        <source>a shock needs a distribution: one of {allowed}</source>
        <translation>kejutan memerlukan taburan: salah satu daripada {allowed}</translation>
    </message>
    <message>
        <source>{distribution} needs the parameters {shape} (numbers separated by semicolons)</source>
        <translation>{distribution} memerlukan parameter {shape} (nombor dipisahkan dengan koma bertitik)</translation>
    </message>
    <message>
        <source>the spread of {distribution} must not be negative</source>
        <translation>sebaran {distribution} tidak boleh negatif</translation>
    </message>
    <message>
        <source>uniform needs low ≤ high</source>
        <translation>uniform memerlukan low ≤ high</translation>
    </message>
    <message>
        <source>triangular needs low ≤ mode ≤ high and low &lt; high</source>
        <translation>triangular memerlukan low ≤ mode ≤ high dan low &lt; high</translation>
    </message>
</context>
</TS>
