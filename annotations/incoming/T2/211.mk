東部省市對口援⟦GPE|藏⟧工作一覽（2016—2021）
來源：⟦ORG|中國西藏網⟧　2021-11-05　【打印】【關閉】
編者按：自1994年中央第三次⟦GPE|西藏⟧工作座談會確定對口支援政策以來，各援⟦GPE|藏⟧省市和中央企業持續加大投入。以下爲據公開資料整理的部分數據，截至2021年10月。
⟦GPE#g1|江蘇省|PAIRED=g2⟧（對口⟦GPE#g2|拉薩市⟧）：援⟦GPE#g3|藏⟧幹部人才⟦PERSON-COUNT#c1|877名|FROM=g1|TO=g3,g2⟧，援⟦GPE#a1|藏⟧資金⟦MONEY#m1|61.3億元|FROM=g1|TO=a1,g2⟧，援⟦GPE|藏⟧項目657個；
⟦GPE#g4|上海市|PAIRED=g5⟧（對口⟦GPE#g5|日喀則市⟧）：援⟦GPE#g6|藏⟧資金⟦MONEY#m2|40.6億元|FROM=g4|TO=g6,g5⟧，援⟦GPE#a2|藏⟧幹部⟦PERSON-COUNT#c2|386名|FROM=g4|TO=a2,g5⟧；
⟦GPE#g7|山東省|PAIRED=g8⟧（對口⟦GPE#g8|日喀則市⟧）：援⟦GPE#g9|藏⟧資金⟦MONEY#m3|28.7億元|FROM=g7|TO=g9,g8⟧，援⟦GPE#a3|藏⟧幹部⟦PERSON-COUNT#c3|312名|FROM=g7|TO=a3,g8⟧；
⟦GPE#g10|吉林省|PAIRED=g11⟧（對口⟦GPE#g11|日喀則市⟧）：援⟦GPE#g12|藏⟧資金⟦MONEY#m4|5.2億元|FROM=g10|TO=g12,g11⟧，援⟦GPE#a4|藏⟧幹部⟦PERSON-COUNT#c4|98名|FROM=g10|TO=a4,g11⟧；
⟦GPE#g13|廣東省|PAIRED=g15⟧、⟦GPE#g14|福建省|PAIRED=g15⟧（對口⟦GPE#g15|林芝市⟧）：援⟦GPE#g16|藏⟧資金合計⟦MONEY#m5|52.4億元|FROM=g13,g14|TO=g16,g15⟧；
⟦GPE#g17|浙江省|PAIRED=g18⟧（對口⟦GPE#g18|那曲市⟧）：援⟦GPE#g19|藏⟧資金⟦MONEY#m6|24.9億元|FROM=g17|TO=g19,g18⟧；
⟦GPE#v1|陜西省|PAIRED=v2⟧（對口⟦GPE#v2|阿里地區⟧）：援⟦GPE#v3|藏⟧資金⟦MONEY#v4|9.8億元|FROM=v1|TO=v3,v2⟧，援⟦GPE#v5|藏⟧幹部⟦PERSON-COUNT#v6|156名|FROM=v1|TO=v5,v2⟧。
“十三五”五年裏，⟦GPE#j1|江蘇省⟧投向對口援⟦GPE#j2|藏⟧的資金達⟦MONEY#j3|19.2億元|FROM=j1|TO=j2⟧，建成援建項目186個，八成以上落在基層民生；“十四五”規劃再上項目132個，計劃總投資⟦MONEY|25.6億元⟧。在⟦GPE#j4|江蘇|PAIRED=j5⟧援建下，⟦GPE#j5|拉薩市達孜區⟧工業園區如今有300多家企業落戶，⟦PERSON-COUNT|4000多名農牧民⟧在園區上班。
在⟦GPE#g20|上海|PAIRED=g21,g22⟧的幫扶下，⟦GPE#g21|日喀則市亞東縣⟧的冷水魚養殖和⟦GPE#g22|定日縣⟧的民宿旅遊逐步形成規模，當地羣衆在家門口就能增收。⟦ORG#o1|上海市第九批援藏幹部聯絡組⟧介紹，三年來聯絡組引進滬上企業23家，幫助⟦PERSON-COUNT|1800餘名農牧民⟧穩定就業。同年，?浀峁醫療隊完成手術1200餘台，帶教本地醫生⟦PERSON-COUNT|60餘人⟧。
中央企業方面，⟦ORG#o2|國家電網有限公司|PAIRED=g23⟧在⟦GPE#g23|阿里地區⟧援建電網聯網工程，投資逾⟦MONEY#m7|百億元|FROM=o2|TO=g23⟧，讓當地告別長期缺電的歷史。此外，⟦GPE|西藏⟧與各援⟦GPE|藏⟧省市每年雙向掛職的幹部有⟦PERSON-COUNT|200餘人次⟧，這裏不再分列。
