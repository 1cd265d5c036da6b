// The sample's other grassroots organisations of the provincial departments, so that with those in
// organisation.ts they are the 27 TCCS of the article (seeds/000): đảng bộ cơ sở with their cells, chi bộ cơ sở
// under 30 members. Congresses from April to the cut-off of 30/06/2020; the committees' cells in Q4/2019–Q1/2020.
// Units and cells of the same shape are the sample's rows (data, not repeated logic).
import { UNIT_TYPE } from './template';
import { ROOT, clerk, committee, unit, type SampleUnit } from './unit-rows';

const cell = (id: string, name: string, members: number, congressDate: string): SampleUnit =>
  unit(id, name, UNIT_TYPE.grassrootsCell, ROOT, members, congressDate, { editors: [clerk(id)] });

export const MORE_DEPARTMENTS: readonly SampleUnit[] = [
  ...committee('PA09', 'Đảng bộ Phòng An ninh điều tra', '2020-04-21', [
    ['Chi bộ Đội Điều tra tổng hợp', 14, '2019-12-10'],
    ['Chi bộ Đội Trinh sát', 12, '2019-12-11'],
    ['Chi bộ Đội Hồ sơ, tổng hợp', 9, '2019-12-12'],
  ]),
  ...committee(
    'PC06',
    'Đảng bộ Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
    '2020-05-19',
    [
      ['Chi bộ Đội Quản lý cư trú', 18, '2020-02-25'],
      ['Chi bộ Đội Căn cước công dân', 22, '2020-02-26'],
      ['Chi bộ Đội Quản lý ngành nghề kinh doanh có điều kiện', 11, '2020-02-27'],
      ['Chi bộ Đội Quản lý vũ khí, vật liệu nổ và công cụ hỗ trợ', 10, '2020-02-28'],
    ],
    { congressDays: 2 },
  ),
  ...committee('PK02', 'Đảng bộ Phòng Cảnh sát cơ động', '2020-06-09', [
    ['Chi bộ Đội Cảnh sát đặc nhiệm', 26, '2020-03-24'],
    ['Chi bộ Trung đội Cảnh sát cơ động 1', 24, '2020-03-25'],
    ['Chi bộ Trung đội Cảnh sát cơ động 2', 23, '2020-03-26'],
    ['Chi bộ Đội Tham mưu, hậu cần', 15, '2020-03-27'],
  ]),
  cell('PA02', 'Chi bộ Phòng An ninh kinh tế', 21, '2020-04-09'),
  cell('PA05', 'Chi bộ Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao', 18, '2020-04-14'),
  cell('PA06', 'Chi bộ Phòng Quản lý xuất nhập cảnh', 19, '2020-04-16'),
  cell('PA08', 'Chi bộ Phòng An ninh đối ngoại', 16, '2020-04-23'),
  cell('PV06', 'Chi bộ Phòng Hồ sơ nghiệp vụ', 17, '2020-05-05'),
  cell('PX03', 'Chi bộ Phòng Công tác đảng và công tác chính trị', 15, '2020-05-07'),
  cell('PX05', 'Chi bộ Thanh tra Công an tỉnh', 12, '2020-05-12'),
  cell('PC01', 'Chi bộ Văn phòng Cơ quan Cảnh sát điều tra', 22, '2020-05-21'),
  cell('PC05', 'Chi bộ Phòng Cảnh sát phòng, chống tội phạm về môi trường', 14, '2020-05-26'),
  cell('PC09', 'Chi bộ Phòng Kỹ thuật hình sự', 20, '2020-06-02'),
  cell('PC11', 'Chi bộ Phòng Cảnh sát thi hành án hình sự và hỗ trợ tư pháp', 25, '2020-06-11'),
  cell('PH01', 'Chi bộ Phòng Tài chính', 13, '2020-06-16'),
  cell('PH11', 'Chi bộ Phòng Công nghệ thông tin', 11, '2020-06-23'),
];
