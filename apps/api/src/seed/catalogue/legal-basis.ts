import type { LegalBasisEntry } from '@dvc/shared/contracts';

/**
 * Laws, decrees and circulars the catalogue cites. Numbers and titles are the real ones; issue and effective dates
 * are filled only where we are sure of them (null otherwise, never guessed). Links are left null: the national
 * legal database (vbpl.vn) addresses change too often to hard-code.
 */
const text = (number: string, title: string, issuer: string, issuedOn: string | null = null, effectiveOn: string | null = null): LegalBasisEntry => ({
  number, title, issuedOn, effectiveOn, issuer, url: null,
});
const QH = 'Quốc hội';
const CP = 'Chính phủ';

export const LAW = {
  // Chung: thủ tục hành chính, một cửa, môi trường điện tử
  nd118_2025: text('118/2025/NĐ-CP', 'Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia', CP, '2025-06-09', '2025-07-01'),
  nd45_2020: text('45/2020/NĐ-CP', 'Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử', CP, '2020-04-08', '2020-05-22'),
  nd63_2024: text('63/2024/NĐ-CP', 'Nghị định quy định thực hiện liên thông điện tử 02 nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất', CP),

  // Tư pháp
  luatHoTich: text('60/2014/QH13', 'Luật Hộ tịch', QH, '2014-11-20', '2016-01-01'),
  nd123_2015: text('123/2015/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch', CP, '2015-11-15', '2016-01-01'),
  tt04_2020_btp: text('04/2020/TT-BTP', 'Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch và Nghị định số 123/2015/NĐ-CP', 'Bộ Tư pháp'),
  tt281_2016_btc: text('281/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch, phí xác nhận có quốc tịch Việt Nam, phí xác nhận là người gốc Việt Nam, lệ phí quốc tịch', 'Bộ Tài chính'),
  tt85_2019_btc: text('85/2019/TT-BTC', 'Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương', 'Bộ Tài chính'),
  luatHNGD: text('52/2014/QH13', 'Luật Hôn nhân và gia đình', QH, '2014-06-19', '2015-01-01'),
  luatNuoiConNuoi: text('52/2010/QH12', 'Luật Nuôi con nuôi', QH),
  nd19_2011: text('19/2011/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi', CP),
  nd23_2015: text('23/2015/NĐ-CP', 'Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch', CP, '2015-02-16', '2015-04-10'),
  tt01_2020_btp: text('01/2020/TT-BTP', 'Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP', 'Bộ Tư pháp'),
  tt226_2016_btc: text('226/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực', 'Bộ Tài chính'),
  luatLLTP: text('28/2009/QH12', 'Luật Lý lịch tư pháp', QH, '2009-06-17', '2010-07-01'),
  tt244_2016_btc: text('244/2016/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin lý lịch tư pháp', 'Bộ Tài chính'),
  tt06_2024_btp: text('06/2024/TT-BTP', 'Thông tư ban hành và hướng dẫn sử dụng biểu mẫu, mẫu sổ lý lịch tư pháp', 'Bộ Tư pháp'),
  luatHoaGiai: text('35/2013/QH13', 'Luật Hòa giải ở cơ sở', QH),
  nd15_2014: text('15/2014/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hòa giải ở cơ sở', CP),
  luatTGPL: text('11/2017/QH14', 'Luật Trợ giúp pháp lý', QH),
  luatCongChung: text('46/2024/QH15', 'Luật Công chứng', QH),

  // Công an: cư trú, căn cước, phòng cháy
  luatCuTru: text('68/2020/QH14', 'Luật Cư trú', QH, '2020-11-13', '2021-07-01'),
  nd154_2024: text('154/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', CP),
  tt55_2021_bca: text('55/2021/TT-BCA', 'Thông tư quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú', 'Bộ Công an'),
  tt75_2022_btc: text('75/2022/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí đăng ký cư trú', 'Bộ Tài chính'),
  luatCanCuoc: text('26/2023/QH15', 'Luật Căn cước', QH, '2023-11-27', '2024-07-01'),
  nd70_2024: text('70/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Căn cước', CP),
  luatPCCC: text('55/2024/QH15', 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', QH),
  nd105_2025: text('105/2025/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', CP),

  // Đất đai, xây dựng, nhà ở
  luatDatDai: text('31/2024/QH15', 'Luật Đất đai', QH, '2024-01-18', '2024-08-01'),
  nd101_2024: text('101/2024/NĐ-CP', 'Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai', CP),
  nd102_2024: text('102/2024/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai', CP),
  nd151_2025: text('151/2025/NĐ-CP', 'Nghị định quy định về phân định thẩm quyền của chính quyền địa phương 02 cấp, phân quyền, phân cấp trong lĩnh vực đất đai', CP),
  nd99_2022: text('99/2022/NĐ-CP', 'Nghị định về đăng ký biện pháp bảo đảm', CP),
  luatXayDung: text('50/2014/QH13', 'Luật Xây dựng', QH, '2014-06-18', '2015-01-01'),
  luatXayDungSuaDoi: text('62/2020/QH14', 'Luật sửa đổi, bổ sung một số điều của Luật Xây dựng', QH),
  nd175_2024: text('175/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng', CP),
  luatQuyHoachDTNT: text('47/2024/QH15', 'Luật Quy hoạch đô thị và nông thôn', QH),
  luatKienTruc: text('40/2019/QH14', 'Luật Kiến trúc', QH),
  luatNhaO: text('27/2023/QH15', 'Luật Nhà ở', QH),
  nd100_2024: text('100/2024/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội', CP),

  // Kinh doanh, đầu tư, tài chính
  luatDoanhNghiep: text('59/2020/QH14', 'Luật Doanh nghiệp', QH, '2020-06-17', '2021-01-01'),
  nd168_2025: text('168/2025/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', CP, '2025-06-30', '2025-07-01'),
  // Replaced by Decree 168/2025 from 01/7/2025; still cited by the original seed record and transitional dossiers.
  nd01_2021: text('01/2021/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp', CP),
  tt47_2019_btc: text('47/2019/TT-BTC', 'Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí cung cấp thông tin doanh nghiệp, lệ phí đăng ký doanh nghiệp', 'Bộ Tài chính'),
  luatHTX: text('17/2023/QH15', 'Luật Hợp tác xã', QH),
  nd92_2024: text('92/2024/NĐ-CP', 'Nghị định về đăng ký doanh nghiệp đối với hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác', CP),
  luatDauTu: text('61/2020/QH14', 'Luật Đầu tư', QH),
  nd31_2021: text('31/2021/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư', CP),
  luatTaiSanCong: text('15/2017/QH14', 'Luật Quản lý, sử dụng tài sản công', QH),
  nd151_2017: text('151/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công', CP),
  luatQuanLyThue: text('38/2019/QH14', 'Luật Quản lý thuế', QH),

  // Y tế, xã hội
  luatKBCB: text('15/2023/QH15', 'Luật Khám bệnh, chữa bệnh', QH, '2023-01-09', '2024-01-01'),
  nd96_2023: text('96/2023/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Khám bệnh, chữa bệnh', CP),
  luatATTP: text('55/2010/QH12', 'Luật An toàn thực phẩm', QH),
  nd15_2018: text('15/2018/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm', CP),
  luatDuoc: text('105/2016/QH13', 'Luật Dược', QH),
  nd54_2017: text('54/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Dược', CP),
  nd20_2021: text('20/2021/NĐ-CP', 'Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội', CP),
  nd76_2024: text('76/2024/NĐ-CP', 'Nghị định sửa đổi, bổ sung một số điều của Nghị định số 20/2021/NĐ-CP', CP),
  luatNguoiKhuyetTat: text('51/2010/QH12', 'Luật Người khuyết tật', QH),
  nd28_2012: text('28/2012/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Người khuyết tật', CP),
  tt01_2019_bldtbxh: text('01/2019/TT-BLĐTBXH', 'Thông tư quy định về việc xác định mức độ khuyết tật do Hội đồng xác định mức độ khuyết tật thực hiện', 'Bộ Lao động - Thương binh và Xã hội'),
  luatNguoiCaoTuoi: text('39/2009/QH12', 'Luật Người cao tuổi', QH),
  luatBHXH: text('41/2024/QH15', 'Luật Bảo hiểm xã hội', QH),
  luatTreEm: text('102/2016/QH13', 'Luật Trẻ em', QH),
  nd56_2017: text('56/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Trẻ em', CP),
  nd07_2021: text('07/2021/NĐ-CP', 'Nghị định quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025', CP),
  qd24_2021: text('24/2021/QĐ-TTg', 'Quyết định quy định quy trình rà soát hộ nghèo, hộ cận nghèo hằng năm và quy trình xác định hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình', 'Thủ tướng Chính phủ'),
  phapLenhNCC: text('02/2020/UBTVQH14', 'Pháp lệnh Ưu đãi người có công với cách mạng', 'Ủy ban Thường vụ Quốc hội'),
  nd131_2021: text('131/2021/NĐ-CP', 'Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng', CP),
  luatBHYT: text('25/2008/QH12', 'Luật Bảo hiểm y tế', QH),

  // Giáo dục
  luatGiaoDuc: text('43/2019/QH14', 'Luật Giáo dục', QH),
  nd125_2024: text('125/2024/NĐ-CP', 'Nghị định quy định về điều kiện đầu tư và hoạt động trong lĩnh vực giáo dục', CP),
  luatGDNN: text('74/2014/QH13', 'Luật Giáo dục nghề nghiệp', QH),
  nd81_2021: text('81/2021/NĐ-CP', 'Nghị định quy định về cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập', CP),

  // Giao thông
  luatTTATGTDB: text('36/2024/QH15', 'Luật Trật tự, an toàn giao thông đường bộ', QH),
  luatDuongBo: text('35/2024/QH15', 'Luật Đường bộ', QH),
  luatGTDTND: text('23/2004/QH11', 'Luật Giao thông đường thủy nội địa (sửa đổi, bổ sung năm 2014)', QH),

  // Lao động
  boLuatLaoDong: text('45/2019/QH14', 'Bộ luật Lao động', QH),
  nd219_2025: text('219/2025/NĐ-CP', 'Nghị định quy định về người lao động nước ngoài làm việc tại Việt Nam', CP),
  luatViecLam: text('38/2013/QH13', 'Luật Việc làm', QH),
  nd28_2015: text('28/2015/NĐ-CP', 'Nghị định quy định chi tiết thi hành Luật Việc làm về bảo hiểm thất nghiệp', CP),
  nd145_2020: text('145/2020/NĐ-CP', 'Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động', CP),
  luatATVSLD: text('84/2015/QH13', 'Luật An toàn, vệ sinh lao động', QH),
  nd44_2016: text('44/2016/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật An toàn, vệ sinh lao động về hoạt động kiểm định kỹ thuật an toàn lao động, huấn luyện an toàn, vệ sinh lao động và quan trắc môi trường lao động', CP),

  // Nông nghiệp và môi trường
  luatTrongTrot: text('31/2018/QH14', 'Luật Trồng trọt', QH),
  nd94_2019: text('94/2019/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Trồng trọt về giống cây trồng và canh tác', CP),
  luatChanNuoi: text('32/2018/QH14', 'Luật Chăn nuôi', QH),
  nd13_2020: text('13/2020/NĐ-CP', 'Nghị định hướng dẫn chi tiết Luật Chăn nuôi', CP),
  luatThuY: text('79/2015/QH13', 'Luật Thú y', QH),
  luatLamNghiep: text('16/2017/QH14', 'Luật Lâm nghiệp', QH),
  nd156_2018: text('156/2018/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Lâm nghiệp', CP),
  luatThuySan: text('18/2017/QH14', 'Luật Thủy sản', QH),
  nd26_2019: text('26/2019/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản', CP),
  luatBVMT: text('72/2020/QH14', 'Luật Bảo vệ môi trường', QH),
  nd08_2022: text('08/2022/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường', CP),
  luatTNN: text('28/2023/QH15', 'Luật Tài nguyên nước', QH),
  nd54_2024: text('54/2024/NĐ-CP', 'Nghị định quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền khai thác tài nguyên nước', CP),
  luatDeDieu: text('79/2006/QH11', 'Luật Đê điều', QH),

  // Văn hóa, thể thao, du lịch
  luatDiSan: text('45/2024/QH15', 'Luật Di sản văn hóa', QH),
  luatDuLich: text('09/2017/QH14', 'Luật Du lịch', QH),
  nd168_2017: text('168/2017/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật Du lịch', CP),
  nd54_2019: text('54/2019/NĐ-CP', 'Nghị định quy định về kinh doanh dịch vụ karaoke, dịch vụ vũ trường', CP),
  nd110_2018: text('110/2018/NĐ-CP', 'Nghị định quy định về quản lý và tổ chức lễ hội', CP),
  luatQuangCao: text('16/2012/QH13', 'Luật Quảng cáo', QH),
  luatTDTT: text('77/2006/QH11', 'Luật Thể dục, thể thao (sửa đổi, bổ sung năm 2018)', QH),
  nd36_2019: text('36/2019/NĐ-CP', 'Nghị định quy định chi tiết một số điều của Luật sửa đổi, bổ sung một số điều của Luật Thể dục, thể thao', CP),
  luatThuVien: text('46/2019/QH14', 'Luật Thư viện', QH),

  // Tôn giáo, dân tộc
  luatTinNguongTonGiao: text('02/2016/QH14', 'Luật Tín ngưỡng, tôn giáo', QH),
  nd95_2023: text('95/2023/NĐ-CP', 'Nghị định quy định chi tiết Luật Tín ngưỡng, tôn giáo', CP),
  qd12_2018: text('12/2018/QĐ-TTg', 'Quyết định về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số', 'Thủ tướng Chính phủ'),

  // Khoa học và công nghệ
  luatKHCN: text('29/2013/QH13', 'Luật Khoa học và công nghệ', QH),
  luatNLNT: text('18/2008/QH12', 'Luật Năng lượng nguyên tử', QH),
  nd142_2020: text('142/2020/NĐ-CP', 'Nghị định quy định về việc tiến hành công việc bức xạ và hoạt động dịch vụ hỗ trợ ứng dụng năng lượng nguyên tử', CP),
  luatTCQC: text('68/2006/QH11', 'Luật Tiêu chuẩn và quy chuẩn kỹ thuật', QH),
  luatDoLuong: text('04/2011/QH13', 'Luật Đo lường', QH),
  luatBuuChinh: text('49/2010/QH12', 'Luật Bưu chính', QH),
  nd47_2011: text('47/2011/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số nội dung của Luật Bưu chính', CP),

  // Nội vụ
  luatThiDua: text('06/2022/QH15', 'Luật Thi đua, khen thưởng', QH),
  nd98_2023: text('98/2023/NĐ-CP', 'Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', CP),
  nd126_2024: text('126/2024/NĐ-CP', 'Nghị định quy định về tổ chức, hoạt động và quản lý hội', CP),
  nd93_2019: text('93/2019/NĐ-CP', 'Nghị định về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện', CP),
  luatThanhNien: text('57/2020/QH14', 'Luật Thanh niên', QH),

  // Công Thương
  luatThuongMai: text('36/2005/QH11', 'Luật Thương mại', QH),
  nd105_2017: text('105/2017/NĐ-CP', 'Nghị định về kinh doanh rượu', CP),
  nd67_2013: text('67/2013/NĐ-CP', 'Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tác hại của thuốc lá về kinh doanh thuốc lá', CP),
  nd83_2014: text('83/2014/NĐ-CP', 'Nghị định về kinh doanh xăng dầu', CP),
  nd87_2018: text('87/2018/NĐ-CP', 'Nghị định về kinh doanh khí', CP),
  luatDienLuc: text('61/2024/QH15', 'Luật Điện lực', QH),
  nd52_2013: text('52/2013/NĐ-CP', 'Nghị định về thương mại điện tử', CP),
} as const;
