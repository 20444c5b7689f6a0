import type { Reading } from '../../domain/reading';
import { DEFAULT_REVIEWED_ON, SOURCES } from './sources';

/** How ketamine is thought to work, in plain, hedged words, with the studies behind each statement. */
export const HOW_IT_WORKS: Reading = {
  id: 'how-it-works',
  title: 'How ketamine is thought to work',
  summary: 'What researchers think may happen in the brain, and what is still unknown.',
  audience: 'everyone',
  minutes: 4,
  reviewedOn: DEFAULT_REVIEWED_ON,
  ruleIds: [],
  sections: [
    {
      id: 'active-research',
      heading: 'An area of active research',
      blocks: [
        'Nobody yet knows exactly how ketamine affects mood. What follows are the main ideas researchers are testing.',
        'Each idea comes mostly from studies in animals or small groups of people. They may change as research goes on.',
        'Ketamine does not help everyone, and this page is not a promise that it will help you.',
      ],
    },
    {
      id: 'early-studies',
      heading: 'The first studies',
      blocks: [
        'In a small study in 2000, some people with depression felt better within 72 hours of one ketamine dose (Berman and colleagues).',
        'Later studies looked at repeated doses and found that, for some people, the change lasted longer (Murrough and colleagues, 2013).',
      ],
    },
    {
      id: 'glutamate',
      heading: 'Glutamate and its receptors',
      blocks: [
        'Glutamate is a chemical messenger that nerve cells use to signal to each other.',
        'Ketamine blocks one of glutamate’s receptors, called the NMDA receptor. Researchers think this may lead to a brief burst of glutamate signalling through another receptor, called AMPA (Duman and Aghajanian, 2012).',
      ],
    },
    {
      id: 'connections',
      heading: 'BDNF and new connections',
      blocks: [
        'That burst may release a protein called BDNF, which helps nerve cells grow and keep their connections.',
        'In rats, ketamine quickly increased the number of connections between nerve cells, called synapses (Li and colleagues, 2010).',
        'Researchers think that chronic stress and depression may wear these connections down, and that rebuilding them may be part of how ketamine helps (Duman and Aghajanian, 2012).',
      ],
    },
    {
      id: 'networks',
      heading: 'Brain networks',
      blocks: [
        'The default mode network is a set of brain areas that is active when the mind wanders or dwells on itself. In depression it may be overactive, which may relate to rumination.',
        'In brain scans of healthy people, ketamine reduced connectivity in this network for a time (Scheidegger and colleagues, 2012).',
        'In people with depression, ketamine increased overall connectivity in the front of the brain (Abdallah and colleagues, 2018).',
      ],
    },
    {
      id: 'what-it-means',
      heading: 'What this means for you',
      blocks: [
        'These ideas may help explain why preparation and integration matter: a period when the brain may be more open to change is also a time to look after yourself.',
        'Your prescriber decides your treatment. This app never changes a dose or a medicine.',
      ],
    },
  ],
  sources: [
    SOURCES.berman2000,
    SOURCES.murrough2013,
    SOURCES.li2010,
    SOURCES.duman2012,
    SOURCES.scheidegger2012,
    SOURCES.abdallah2018,
    SOURCES.sanacora2017,
    SOURCES.andrade2019,
  ],
};
